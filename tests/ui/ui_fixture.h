#pragma once

#include "controller.h"
#include "main_window.h"

#include "diplograph/types.h"

#include <QString>

#include <memory>

namespace diplograph::test {


// A main window over the bundled sample article (in memory, no workspace), shown offscreen.
struct SampleWindow {
    SampleWindow();
    ~SampleWindow();

    // Waits until the controller has no work left (import, rebuild, layout).
    [[nodiscard]] bool waitIdle(int timeoutMs = 60000);
    // Switches level and waits for the new graph.
    [[nodiscard]] bool setLevel(core::GraphLevel level);
    // Clicks the edge with this type/source/target like a user would; false if absent or unclickable.
    [[nodiscard]] bool clickEdge(core::RelationType type, const QString& source, const QString& target);
    [[nodiscard]] bool clickNode(const QString& id);
    // The sample's original bytes.
    [[nodiscard]] static std::string sampleBytes();

    std::unique_ptr<ui::Controller> controller;
    std::unique_ptr<gui::MainWindow> window;
};

// The sentence of `text` starting with `prefix`, as a byte range up to and including its final '.'.
[[nodiscard]] core::ByteRange sentenceRange(const std::string& text, const std::string& prefix);

} // namespace diplograph::test
