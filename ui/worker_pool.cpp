#include "worker_pool.h"

#include <QThread>
#include <QThreadPool>

namespace diplograph::ui {

QThreadPool* workerPool()
{
    static QThreadPool* pool = [] {
        auto* created = new QThreadPool; // lives for the whole process, like Qt's global pool
        created->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return created;
    }();
    return pool;
}

} // namespace diplograph::ui
