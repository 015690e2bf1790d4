#include "sample_article.h"

#include <QFile>

namespace diplograph::ui {

ImportRequest sampleArticle()
{
    QFile file(QStringLiteral(":/sample/seed.txt"));
    ImportRequest item;
    if (file.open(QIODevice::ReadOnly)) {
        item.text = file.readAll();
    }
    item.title = QStringLiteral("Iraq-Iran security cooperation sparks exchanges with Washington");
    item.source = QStringLiteral("Diplograph sample article");
    return item;
}

} // namespace diplograph::ui
