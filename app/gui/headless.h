#pragma once

#include "diplograph/graph.h"

#include <QString>

namespace diplograph::ui {
class Controller;
}

namespace diplograph::gui {

// Waits (running the event loop) until the controller is idle; false after `timeoutMs`.
bool waitUntilIdle(ui::Controller* controller, int timeoutMs = 120000);

// `diplograph --render OUT`: draws the controller's graph at `level` into OUT (.png/.svg/.pdf) without a
// window, exactly as the GUI's export would. Returns the process exit code; errors go to stderr.
int renderHeadless(ui::Controller* controller, const QString& out, core::GraphLevel level, double scale);

} // namespace diplograph::gui
