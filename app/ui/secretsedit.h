#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QLabel;
class QTableWidget;

// The values of a feed's ${secret:NAME} placeholders, entered as passwords: one row per name
// the feed's text uses (setNames() follows the user's typing), with where the value will come
// from at connect time: the environment (FEEDBOARD_SECRET_NAME), the keychain, or nowhere yet.
// Values typed for a name stay while the name is in use. GUI thread; owned by the feed editor.
class SecretsEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretsEdit)

public:
    explicit SecretsEdit(QWidget *parent = nullptr);

    // The names in use, in order; rows follow, keeping their values.
    void setNames(const QStringList &names);
    // Values already stored (from the keychain or the secrets file), by name.
    void setValues(const QHash<QString, QString> &values);
    // The non-empty values of the names in use.
    QHash<QString, QString> values() const;
    // Names in use with no value here nor in the environment.
    QStringList missing() const;

Q_SIGNALS:
    void changed();

private:
    void refreshSources();

    QTableWidget *m_table = nullptr;
    QLabel *m_warning = nullptr;
    QStringList m_names;
    QHash<QString, QString> m_values; // every value typed, also for names no longer in use
};
