#pragma once
// Personal data out of stored URLs: query parameters whose names say they carry an e-mail
// address, a credential or a session, and any parameter whose value is an e-mail address or a
// JSON Web Token, are removed. The rest of the URL stays byte for byte as it was.

#include <QString>

namespace rumscope {

/// url without its personal query parameters — in the query, and in a fragment that carries
/// parameters (#access_token=… of OAuth's implicit flow, #/route?token=… of hash routers).
/// Returns url itself (shared, not copied) when there is nothing to remove.
QString scrubUrl(const QString &url);

/// Whether a parameter name (percent-decoded, any case) says the value is personal: its words
/// ("user_email" → user, email; "accessToken" → access, token) include one of email, mail,
/// phone, token, jwt, password, passwd, pwd, pass, secret, auth, authorization, credential(s),
/// session, sid, key, apikey, signature, sig, otp, ssn; or, letters only, it ends in email,
/// token, password, passwd, secret, apikey, sessionid, sessid, firstname, lastname, fullname,
/// surname (csrftoken, phpsessid, jsessionid); or it is exactly "code" (an OAuth grant).
bool isPersonalParameterName(QStringView name);

/// Whether text contains an e-mail address (name@domain.tld).
bool containsEmailAddress(QStringView text);

} // namespace rumscope
