// `diplograph`: the desktop viewer. Arguments only; the window and everything it shows live in ui/.
#include "controller.h"
#include "export/report_printer.h"
#include "graphview/graph_canvas.h"
#include "headless.h"
#include "main_window.h"
#include "panels/article_view.h"
#include "panels/filter_panel.h"
#include "panels/quote_panel.h"
#include "sample_article.h"

#include "diplograph/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QListView>
#include <QSettings>
#include <QTextCursor>
#include <QTextEdit>
#include <QTimer>

#include <cstdio>

int main(int argc, char** argv)
{
    QApplication::setApplicationName(QStringLiteral("Diplograph"));
    QApplication::setOrganizationName(QStringLiteral("Diplograph"));
    QApplication::setApplicationVersion(QStringLiteral(DIPLOGRAPH_VERSION));
    QApplication app(argc, argv);
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/diplograph.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Diplograph: actors and relations in news articles"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Articles to import and show"), QStringLiteral("[FILE...]"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Open the workspace W"), QStringLiteral("W"));
    const QCommandLineOption render(QStringLiteral("render"), QStringLiteral("Draw the graph to OUT (.png/.svg/.pdf) and exit"),
                                    QStringLiteral("OUT"));
    const QCommandLineOption level(QStringLiteral("level"), QStringLiteral("agent or entity"), QStringLiteral("LEVEL"));
    const QCommandLineOption scale(QStringLiteral("scale"), QStringLiteral("PNG scale, 1 to 4"), QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save the window to FILE once shown, then exit"),
                                        QStringLiteral("FILE"));
    const QCommandLineOption showEdge(QStringLiteral("show-edge"), QStringLiteral("Select edge ID and open its first quote"),
                                      QStringLiteral("ID"));
    const QCommandLineOption showNode(QStringLiteral("show-node"), QStringLiteral("Select node ID (its relations and mentions)"),
                                      QStringLiteral("ID"));
    const QCommandLineOption hideType(QStringLiteral("hide-type"), QStringLiteral("Untick a relation type in the filters"),
                                      QStringLiteral("TYPE"));
    const QCommandLineOption printReport(QStringLiteral("print-report"),
                                         QStringLiteral("Print the report HTML given as FILE to OUT.pdf and exit"),
                                         QStringLiteral("OUT"));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("a4 or letter"), QStringLiteral("SIZE"),
                                  QStringLiteral("a4"));
    const QCommandLineOption review(QStringLiteral("review"), QStringLiteral("With --screenshot: show the review queue"));
    const QCommandLineOption addRelation(QStringLiteral("add-relation"),
                                         QStringLiteral("With --screenshot: select TEXT in its article, open the add-relation "
                                                        "dialog and save the dialog instead of the window"),
                                         QStringLiteral("TEXT"));
    parser.addOptions({db, render, level, scale, screenshot, showEdge, showNode, hideType, printReport, page, review, addRelation});
    parser.process(app);

    if (parser.isSet(printReport)) { // `diplograph-cli report -o X.pdf` lands here
        QFile html(parser.positionalArguments().value(0));
        if (!html.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "diplograph: --print-report needs the report HTML as FILE\n");
            return 2;
        }
        const QString size = parser.value(page).toLower();
        if (size != QLatin1String("a4") && size != QLatin1String("letter")) {
            std::fprintf(stderr, "diplograph: --page must be a4 or letter\n");
            return 1;
        }
        const QString error = diplograph::ui::printReportPdf(QString::fromUtf8(html.readAll()), parser.value(printReport),
                                                             size == QLatin1String("a4") ? QPageSize::A4 : QPageSize::Letter);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "diplograph: %s\n", qPrintable(error));
            return 5;
        }
        return 0;
    }

    diplograph::ui::Controller controller;
    const QStringList files = parser.positionalArguments();
    const QString levelName = parser.value(level);
    if (!levelName.isEmpty() && levelName != QLatin1String("agent") && levelName != QLatin1String("entity")) {
        std::fprintf(stderr, "diplograph: --level must be agent or entity\n");
        return 1;
    }
    // Without --level, start where the analyst left off.
    const QString startLevel = levelName.isEmpty() ? QSettings().value(QStringLiteral("view/level")).toString() : levelName;
    if (startLevel == QLatin1String("entity")) {
        controller.setLevel(diplograph::core::GraphLevel::Entity);
    } else if (startLevel == QLatin1String("agent")) {
        controller.setLevel(diplograph::core::GraphLevel::Agent);
    }
    const bool rendering = parser.isSet(render);
    bool openFailed = false;
    if (rendering && parser.isSet(db) == !files.isEmpty()) {
        std::fprintf(stderr, "diplograph: --render needs either --db W or FILE...\n");
        return 1;
    }
    if (rendering && !files.isEmpty()) {
        controller.importPaths(files); // in memory: rendering a file leaves no workspace behind
    } else {
        const QString workspace = parser.isSet(db) ? parser.value(db)
                                                   : QString::fromStdString(diplograph::core::Workspace::defaultPath().string());
        // The sample is for a newcomer's first look: the default workspace when it does not exist yet, never a
        // workspace the analyst named (a new one starts empty).
        const bool firstRun = !parser.isSet(db) && !QFileInfo::exists(workspace);
        QObject::connect(&controller, &diplograph::ui::Controller::workspaceOpened, &controller,
                         [&controller, &openFailed, files, rendering, firstRun](const QString& path, const QString& error) {
            if (!error.isEmpty()) {
                std::fprintf(stderr, "diplograph: %s: %s\n", qPrintable(path), qPrintable(error));
                openFailed = true;
                return;
            }
            if (!files.isEmpty()) {
                controller.importPaths(files);
            } else if (firstRun && controller.articles().empty() && !rendering) {
                controller.importItems({diplograph::ui::sampleArticle()}); // first run: something to look at
            }
        });
        controller.openWorkspace(workspace);
    }

    if (parser.isSet(render)) {
        QStringList errors;
        QObject::connect(&controller, &diplograph::ui::Controller::importFinished, [&](int, const QStringList& e) { errors = e; });
        diplograph::gui::waitUntilIdle(&controller);
        if (openFailed) {
            return 4;
        }
        for (const auto& error : std::as_const(errors)) {
            std::fprintf(stderr, "diplograph: %s\n", qPrintable(error));
        }
        bool ok = false;
        const double factor = parser.value(scale).toDouble(&ok);
        if (!ok || factor < 1 || factor > 4) {
            std::fprintf(stderr, "diplograph: --scale must be between 1 and 4\n");
            return 1;
        }
        return diplograph::gui::renderHeadless(&controller, parser.value(render), controller.level(), factor);
    }

    diplograph::gui::MainWindow window(&controller);
    if (parser.isSet(screenshot)) {
        window.resize(1600, 1000); // the documented screenshot size, whatever the saved geometry
    }
    window.show();
    if (parser.isSet(screenshot)) {
        const QString out = parser.value(screenshot);
        const QString edge = parser.value(showEdge);
        const QString node = parser.value(showNode);
        const QString type = parser.value(hideType);
        const bool showReview = parser.isSet(review);
        const QString quote = parser.value(addRelation);
        QTimer::singleShot(0, [&, edge, node, type, showReview, quote] {
            diplograph::gui::waitUntilIdle(&controller);
            QApplication::processEvents();
            const auto relationType = diplograph::core::relationTypeFromName(type.toStdString());
            if (auto* box = window.filterPanel()->typeCheckBox(static_cast<int>(relationType))) {
                box->setChecked(false);
            }
            if (!node.isEmpty()) {
                window.selectItem(node);
                window.canvas()->fitAll();
            }
            if (!edge.isEmpty()) {
                window.selectItem(edge);
                window.canvas()->fitAll();
                auto* list = window.quotePanel()->list();
                if (list->model()->rowCount() > 0) {
                    Q_EMIT list->clicked(list->model()->index(0, 0));
                }
            }
            if (showReview) {
                window.showReview();
            }
            if (!quote.isEmpty()) {
                for (const auto& article : controller.articles()) {
                    const std::string& text = controller.articleText(article.record.id);
                    const auto at = text.find(quote.toStdString());
                    if (at == std::string::npos) {
                        continue;
                    }
                    auto* view = window.articleView();
                    view->showArticle(article.record.id);
                    QTextCursor cursor(view->textEdit()->document());
                    cursor.setPosition(view->positionOf(at));
                    cursor.setPosition(view->positionOf(at + quote.toUtf8().size()), QTextCursor::KeepAnchor);
                    view->textEdit()->setTextCursor(cursor);
                    QTimer::singleShot(300, [&] { // runs inside the dialog's own event loop
                        QWidget* dialog = QApplication::activeModalWidget();
                        const bool saved = dialog && dialog->grab().save(out);
                        std::fprintf(stderr, saved ? "diplograph: wrote %s\n" : "diplograph: could not write %s\n", qPrintable(out));
                        if (dialog) {
                            dialog->close();
                        }
                        QApplication::exit(saved ? 0 : 5);
                    });
                    view->addRelationAction()->trigger();
                    return;
                }
                std::fprintf(stderr, "diplograph: no article holds the --add-relation text\n");
                QApplication::exit(1);
                return;
            }
            QTimer::singleShot(300, [&] {
                const bool saved = window.grab().save(out);
                std::fprintf(stderr, saved ? "diplograph: wrote %s\n" : "diplograph: could not write %s\n", qPrintable(out));
                QApplication::exit(saved ? 0 : 5);
            });
        });
    }
    return app.exec();
}
