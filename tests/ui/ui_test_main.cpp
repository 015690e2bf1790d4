// GoogleTest main for the UI tests: no QApplication while gtest only lists tests (gtest_discover_tests runs
// the binary at build time, without a display), offscreen when there is no display.
#include <gtest/gtest.h>

#include <QApplication>
#include <QFont>
#include <QStandardPaths>

#include <cstring>

int main(int argc, char** argv)
{
    bool listing = false;
    for (int i = 1; i < argc; ++i) {
        listing = listing || std::strcmp(argv[i], "--gtest_list_tests") == 0;
    }
    ::testing::InitGoogleTest(&argc, argv);
    if (listing) {
        return RUN_ALL_TESTS();
    }
    if (!qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY") &&
        !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    qputenv("DIPLOGRAPH_NO_DIALOGS", "1");
    QStandardPaths::setTestModeEnabled(true); // QSettings and data paths away from the user's
    QApplication::setOrganizationName(QStringLiteral("DiplographTests"));
    QApplication::setApplicationName(QStringLiteral("diplograph_ui_tests"));
    QApplication app(argc, argv);
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    return RUN_ALL_TESTS();
}
