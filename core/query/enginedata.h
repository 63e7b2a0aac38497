#pragma once
// One version of what the local engine answers from: the page-view and error facts as the
// store held them when its change log (fact_changes) stood at changeSeq — or, after a full
// read in parallel snapshots, a little later for some rows (the catch-up re-applies those
// changes, so nothing is missed).

#include "errortable.h"
#include "facttable.h"

#include <memory>

namespace rumscope {

struct EngineData
{
    std::shared_ptr<const FactTable> facts = std::make_shared<const FactTable>();
    std::shared_ptr<const ErrorTable> errors = std::make_shared<const ErrorTable>();
    QString storeId;      ///< meta.store_id of the store they came from
    qint64 changeSeq = 0; ///< the last fact_changes entry they include
};

} // namespace rumscope
