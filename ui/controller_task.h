#pragma once

// Private to controller*.cpp: runs `work` on `pool` and hands its result to `done` on the GUI thread.
#include "controller.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace diplograph::ui {

template <typename T, typename Work, typename Done>
void Controller::runTask(QThreadPool* pool, Work work, Done done)
{
    auto* watcher = new QFutureWatcher<T>(this);
    connect(watcher, &QFutureWatcher<T>::finished, this, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0) {
            done(watcher->future().takeResult());
        }
    });
    watcher->setFuture(QtConcurrent::run(pool, std::move(work)));
}

// The compiled-in lexicons, loaded once (thread-safe); nullptr if they fail to load.
[[nodiscard]] std::shared_ptr<const core::Lexicon> baseLexicon();

// `base` extended with the analyst's aliases and actors (Parse if an addition is invalid).
[[nodiscard]] inline core::Result<core::Lexicon> lexiconWith(const core::Lexicon& base,
                                                            const std::vector<core::EntityDefinition>& additions)
{
    return additions.empty() ? core::Result<core::Lexicon>(base) : base.withEntities(additions);
}

} // namespace diplograph::ui
