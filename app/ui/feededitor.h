#pragma once

#include "profiles/feedspec.h"

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class SecretsEdit;

// Edits one feed of a profile: connection (name, URL, headers with a "secret" flag,
// subprotocols, subscribe messages, the values of ${secret:NAME} placeholders), decoding (JSON
// Pointers, with a live "Discover" helper) and behaviour (reconnect, pings, staleness, series cap,
// proxy, TLS). Every field is checked as the user types; problem() says what is wrong. Keys it does
// not show are kept from the spec it started from. GUI thread; owned by the profile editor.
class FeedEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedEditor)

public:
    explicit FeedEditor(const FeedSpec &spec, QWidget *parent = nullptr);

    // The first problem of the fields, translated; empty when the feed can be saved.
    QString problem() const;
    // The edited feed (valid only when problem() is empty).
    FeedSpec spec() const;
    QString name() const;

    // Runs the discovery dialog and applies what the user picked.
    void discover();

Q_SIGNALS:
    void changed();

private:
    QWidget *createConnectionTab();
    QWidget *createDecodeTab();
    QWidget *createBehaviourTab();
    QLineEdit *addPointerEdit(QFormLayout *form, const QString &label, const char *name,
                              const QString &text);
    void addHeaderRow(const QString &name, const QString &value, bool secret);
    void load(const FeedSpec &spec);
    void updateProblems();
    // The secrets table follows the placeholders the feed's text uses.
    void updateSecretNames();

    FeedSpec m_original;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlProblem = nullptr;
    QTableWidget *m_headers = nullptr;
    QLineEdit *m_subprotocols = nullptr;
    QPlainTextEdit *m_subscribe = nullptr;
    SecretsEdit *m_secrets = nullptr;
    QLineEdit *m_root = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_time = nullptr;
    QLineEdit *m_level = nullptr;
    QLineEdit *m_message = nullptr;
    QPlainTextEdit *m_fields = nullptr;
    QLabel *m_decodeProblem = nullptr;
    QSpinBox *m_initialDelay = nullptr;
    QSpinBox *m_maxDelay = nullptr;
    QSpinBox *m_ping = nullptr;
    QSpinBox *m_stale = nullptr;
    QSpinBox *m_maxSeries = nullptr;
    QLineEdit *m_proxy = nullptr;
    QCheckBox *m_ignoreSsl = nullptr;
    QLabel *m_sslWarning = nullptr;
};
