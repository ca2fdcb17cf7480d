#include "session/feedlist.h"

#include "feed/demofeedserver.h"
#include "profiles/profilestore.h"
#include "session/commandline.h"

namespace FeedList {
QString nameForUrl(const QUrl &url, const QStringList &taken)
{
    QString name = url.host();
    if (url.port() > 0)
        name += QLatin1Char(':') + QString::number(url.port());
    if (url.path().size() > 1)
        name += url.path();
    QString unique = name;
    for (int n = 2; taken.contains(unique); ++n)
        unique = name + QLatin1Char('#') + QString::number(n);
    return unique;
}

std::optional<QList<FeedSpec>> collect(const RunOptions &options, const QList<FeedSpec> &extraFeeds,
                                       ProfileStore &store, QString *error,
                                       QList<AlertRule> *alerts)
{
    QList<FeedSpec> feeds;
    QList<AlertRule> rules;
    if (!options.profile.isEmpty()) {
        const QString path = resolveProfilePath(options.profile);
        const auto profile = store.load(path, error);
        if (!profile)
            return std::nullopt;
        feeds += profile->feeds;
        rules = profile->alerts;
        store.addRecent(path);
    }
    if (!options.alertsPath.isEmpty()) {
        const auto extra = AlertRules::load(options.alertsPath, error);
        if (!extra)
            return std::nullopt;
        rules = AlertRules::merged(rules, *extra);
    }
    if (alerts)
        *alerts = rules;
    feeds += extraFeeds;
    QStringList names;
    for (const FeedSpec &feed : feeds)
        names << feed.name;
    for (const QUrl &url : options.urls) {
        FeedSpec spec;
        spec.url = url;
        spec.name = nameForUrl(url, names);
        names << spec.name;
        feeds << spec;
    }
    return feeds;
}

std::unique_ptr<DemoFeedServer> startDemo(const RunOptions &options, QString *error)
{
    if (!options.demo)
        return nullptr;
    DemoFeedServer::Options demoOptions;
    demoOptions.ticksPerSecond = options.demoRate;
    auto demo = std::make_unique<DemoFeedServer>(demoOptions);
    if (!demo->listen(error))
        return nullptr;
    return demo;
}
} // namespace FeedList
