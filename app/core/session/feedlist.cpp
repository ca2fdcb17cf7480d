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

std::optional<Run> collect(const RunOptions &options, const QList<FeedSpec> &extraFeeds,
                           ProfileStore &store, QString *error)
{
    Run run;
    QList<FeedSpec> &feeds = run.feeds;
    QList<AlertRule> &rules = run.alerts;
    if (!options.profile.isEmpty()) {
        run.profilePath = resolveProfilePath(options.profile);
        run.profile = store.load(run.profilePath, error);
        if (!run.profile)
            return std::nullopt;
        feeds += run.profile->feeds;
        rules = run.profile->alerts;
        run.derived = run.profile->derived;
        store.addRecent(run.profilePath);
    }
    if (!options.alertsPath.isEmpty()) {
        const auto extra = AlertRules::load(options.alertsPath, error);
        if (!extra)
            return std::nullopt;
        rules = AlertRules::merged(rules, *extra);
    }
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
    if (!options.proxy.isEmpty()) {
        for (FeedSpec &feed : feeds)
            feed.proxy = options.proxy;
    }
    return run;
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
