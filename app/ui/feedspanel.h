#pragma once

#include <QWidget>

#include <vector>

struct FeedStats;
class FeedsModel;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

// The Feeds dock: the feeds table, Connect / Disconnect for the selected feed, and a box to
// send a text message to a feed by hand. Emits requests; the main window hands them to the
// session. GUI thread; owned by its dock.
class FeedsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedsPanel)

public:
    explicit FeedsPanel(QWidget *parent = nullptr);

    void setStats(const std::vector<FeedStats> &stats, qint64 nowMs);
    // A new session: forgets every feed of the old one; `feeds` are offered to send to.
    void setFeeds(const QStringList &feeds);
    FeedsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString selectedFeed() const;
    void selectFeed(const QString &feed);

Q_SIGNALS:
    void openRequested(const QString &feed);
    void closeRequested(const QString &feed);
    // The user wants to change this feed's settings (opens the profile editor).
    void editRequested(const QString &feed);
    void sendRequested(const QString &feed, const QString &message);

private:
    void updateButtons();
    void send();

    FeedsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_disconnect = nullptr;
    QPushButton *m_edit = nullptr;
    QComboBox *m_sendFeed = nullptr;
    QLineEdit *m_message = nullptr;
    QPushButton *m_send = nullptr;
};
