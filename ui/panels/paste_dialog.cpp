#include "panels/paste_dialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace diplograph::ui {

PasteDialog::PasteDialog(QWidget* parent)
    : QDialog(parent), m_title(new QLineEdit(this)), m_source(new QLineEdit(this)), m_date(new QLineEdit(this)),
      m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Paste article"));
    resize(640, 520);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_title->setPlaceholderText(tr("Headline"));
    m_source->setPlaceholderText(tr("URL or outlet (optional)"));
    m_date->setPlaceholderText(tr("yyyy-mm-dd (optional)"));
    m_date->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})?$")), m_date));
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Source"), m_source);
    form->addRow(tr("&Date"), m_date);
    layout->addLayout(form);
    m_text->setPlaceholderText(tr("Paste the article's text here"));
    m_text->setPlainText(QApplication::clipboard()->text());
    layout->addWidget(m_text, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
    };
    connect(m_text, &QPlainTextEdit::textChanged, this, update);
    update();
    layout->addWidget(buttons);
}

ImportRequest PasteDialog::item() const
{
    ImportRequest item;
    item.title = m_title->text().trimmed().isEmpty() ? tr("Pasted article") : m_title->text().trimmed();
    item.source = m_source->text().trimmed();
    item.date = m_date->text().trimmed();
    item.text = m_text->toPlainText().toUtf8();
    return item;
}

} // namespace diplograph::ui
