#pragma once

#include <QLineEdit>
#include <QStyledItemDelegate>

#include <functional>

// Shows a secret cell as dots and edits it in password mode, so a token is not on screen (or
// in a screenshot) once the user has entered it. `isSecret` tells which cells are secret.
class MaskedValueDelegate final : public QStyledItemDelegate
{
public:
    using Predicate = std::function<bool(const QModelIndex &)>;

    explicit MaskedValueDelegate(Predicate isSecret, QObject *parent = nullptr)
        : QStyledItemDelegate(parent)
        , m_isSecret(std::move(isSecret))
    { }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (m_isSecret(index) && !option->text.isEmpty())
            option->text = QString(8, QChar(0x2022));
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && m_isSecret(index))
            line->setEchoMode(QLineEdit::Password);
        return editor;
    }

private:
    Predicate m_isSecret;
};
