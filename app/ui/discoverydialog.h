#pragma once

#include "model/feedstate.h"
#include "profiles/feedspec.h"

#include <QDialog>

class DiscoveryProbe;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;

// "Discover from live messages": connects to the feed being edited (retrying while it is
// down), collects its first text frames and lists every JSON Pointer path with its types and
// an example value. It proposes a key, a time and the fields (PathDiscovery::guess()); the
// user ticks paths as fields and picks the key and time among the paths that fit each.
// GUI thread; modal, owned by the caller.
class DiscoveryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoveryDialog)

public:
    explicit DiscoveryDialog(const FeedSpec &spec, QWidget *parent = nullptr);

    // Connects and collects up to maxFrames frames for at most timeoutMs.
    void start(int maxFrames = 20, int timeoutMs = 4000);
    DiscoveryProbe *probe() const { return m_probe; }

    QStringList fields() const;
    QString key() const;
    QString time() const;

private:
    void onFinished(const QString &error);
    void onConnectionState(FeedState state, const QString &detail);
    // "(none)", the configured path, then the candidates; selects `selected`.
    void fillCombo(QComboBox *combo, const QString &configured, const QStringList &candidates,
                   const QString &selected);

    FeedSpec m_spec;
    DiscoveryProbe *m_probe;
    QLabel *m_status;
    QTreeWidget *m_paths;
    QComboBox *m_key;
    QComboBox *m_time;
    QDialogButtonBox *m_buttons;
};
