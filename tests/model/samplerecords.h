#pragma once
// Hand-made records with every field set, shared by the model and store tests.

#include "model/record.h"

namespace rumscope::testing {

inline PageView samplePageView(const QString &sessionId = QStringLiteral("s-1"))
{
    PageView v;
    v.time = 1767225600000; // 2026-01-01T00:00:00Z
    v.sessionId = sessionId;
    v.viewId = QStringLiteral("v-1");
    v.app = QStringLiteral("shop-web");
    v.env = QStringLiteral("production");
    v.release = QStringLiteral("4.2.0");
    v.source = QStringLiteral("canonical");
    v.url = QStringLiteral("https://shop.example.com/product/18734?ref=\"mail\"\tü");
    v.route = QStringLiteral("/product/:id");
    v.referrer = QStringLiteral("https://www.google.com/");
    v.navigationType = QStringLiteral("navigate");
    v.ttfb = 340.7;
    v.fcp = 1082;
    v.lcp = 2458.3;
    v.cls = 0.0393;
    v.inp = 192;
    v.fid = 12.5;
    v.tbt = 120;
    v.dns = 12.1;
    v.connect = 30.2;
    v.tls = 18.4;
    v.domInteractive = 1500;
    v.domContentLoaded = 1600;
    v.load = 2900.5;
    v.visibleTime = 45000;
    v.lcpTtfb = 340.7;
    v.lcpResourceLoadDelay = 200;
    v.lcpResourceLoadDuration = 1500;
    v.lcpElementRenderDelay = 417.6;
    v.lcpElement = QStringLiteral("img.hero");
    v.lcpResourceUrl = QStringLiteral("https://cdn.example.com/hero.avif");
    v.inpInputDelay = 20;
    v.inpProcessingDuration = 100;
    v.inpPresentationDelay = 72;
    v.inpEventType = QStringLiteral("pointerdown");
    v.inpTarget = QStringLiteral("button#add-to-cart");
    v.clsTarget = QStringLiteral("div.banner");
    v.effectiveType = QStringLiteral("4g");
    v.rtt = 50;
    v.downlink = 10;
    v.saveData = false;
    v.userAgent = QStringLiteral("Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0");
    v.browser = QStringLiteral("Chrome");
    v.browserVersion = QStringLiteral("131");
    v.os = QStringLiteral("Linux");
    v.osVersion = QStringLiteral("6.1");
    v.deviceType = QStringLiteral("desktop");
    v.deviceModel = QStringLiteral("PC");
    v.screenWidth = 1920;
    v.screenHeight = 1080;
    v.devicePixelRatio = 1.25;
    v.deviceMemory = 8;
    v.hardwareConcurrency = 8;
    v.country = QStringLiteral("DE");
    v.region = QStringLiteral("BE");
    v.city = QStringLiteral("Berlin");
    v.latitude = 52.52;
    v.longitude = 13.405;
    return v;
}

inline ErrorEvent sampleError(const QString &sessionId = QStringLiteral("s-1"))
{
    ErrorEvent e;
    e.time = 1767225601000;
    e.sessionId = sessionId;
    e.viewId = QStringLiteral("v-1");
    e.source = QStringLiteral("canonical");
    e.kind = QStringLiteral("exception");
    e.type = QStringLiteral("TypeError");
    e.message = QStringLiteral("Cannot read properties of undefined (reading 'price')");
    e.stack = QStringLiteral("TypeError: Cannot read properties of undefined (reading 'price')\n"
                             "    at renderCart (https://shop.example.com/app.js:10:5)");
    e.frames = {
        {QStringLiteral("https://shop.example.com/app.js"), QStringLiteral("renderCart"), 10, 5},
        {QStringLiteral("https://shop.example.com/vendor.js"), QString(), 1, 900}};
    e.fingerprint = errorFingerprint(e);
    return e;
}

inline std::vector<Record> sampleRecords(const QString &sessionId = QStringLiteral("s-1"))
{
    Session s;
    s.time = 1767225600000;
    s.lastSeen = 1767225660000;
    s.sessionId = sessionId;
    s.userId = QStringLiteral("u-9f2c");
    s.entryUrl = QStringLiteral("https://shop.example.com/");
    s.exitUrl = QStringLiteral("https://shop.example.com/cart");
    s.pageViews = 1;
    s.errorCount = 1;
    s.source = QStringLiteral("canonical");

    Interaction i;
    i.time = 1767225602000;
    i.sessionId = sessionId;
    i.viewId = QStringLiteral("v-1");
    i.type = QStringLiteral("pointerdown");
    i.target = QStringLiteral("button#add-to-cart");
    i.duration = 192;
    i.inputDelay = 20;
    i.processingDuration = 100;
    i.presentationDelay = 72;

    Resource r;
    r.time = 1767225600100;
    r.sessionId = sessionId;
    r.viewId = QStringLiteral("v-1");
    r.url = QStringLiteral("https://shop.example.com/app.js");
    r.initiatorType = QStringLiteral("script");
    r.startTime = 100;
    r.duration = 250.5;
    r.transferSize = 51234;
    r.encodedSize = 51000;
    r.httpStatus = 200;
    r.protocol = QStringLiteral("h2");
    r.renderBlocking = true;

    LongTask t;
    t.time = 1767225600900;
    t.sessionId = sessionId;
    t.viewId = QStringLiteral("v-1");
    t.name = QStringLiteral("self");
    t.duration = 84;

    Measurement m;
    m.time = 1767225603000;
    m.sessionId = sessionId;
    m.viewId = QStringLiteral("v-1");
    m.name = QStringLiteral("cart_render");
    m.value = 42.5;
    m.attributes = QStringLiteral(R"({"items":3,"currency":"EUR"})");

    return {s, samplePageView(sessionId), sampleError(sessionId), i, r, t, m};
}

} // namespace rumscope::testing
