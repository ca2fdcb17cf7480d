#pragma once

#include "alerts/alertrule.h"
#include "profiles/feedspec.h"
#include "profiles/profile.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

class DemoFeedServer;
class ProfileStore;
struct RunOptions;

// The feeds a run is asked for, the same for the window and the headless recorder.
namespace FeedList {
// What collect() found: the feeds to connect to, and the profile they came from (read once,
// so the window restores its layout from the same file the feeds came from).
struct Run
{
    QList<FeedSpec> feeds;
    std::optional<Profile> profile;
    QString profilePath; // empty without --profile
    QList<AlertRule> alerts; // the profile's and --alerts FILE's
    QList<DerivedRule> derived; // the profile's
};

// A readable feed name for a bare --url, unique among `taken`: host:port/path, then
// "#2", "#3"… when that name is already used.
QString nameForUrl(const QUrl &url, const QStringList &taken);

// The feeds the options ask for, in order: the profile's (loaded through `store`, so secret
// headers come back from the keychain or the secrets file, and recorded as recent), then
// `extraFeeds` (the demo's), then one per --url, named by nameForUrl(). nullopt, with the
// reason in *error, when the profile cannot be loaded. Also the run's alert rules (Run::alerts):
// the profile's, then those of --alerts FILE (replacing a profile rule of the same name); a bad
// rules file fails the same way, its reason naming the file and the pointer.
std::optional<Run> collect(const RunOptions &options, const QList<FeedSpec> &extraFeeds,
                           ProfileStore &store, QString *error);

// With --demo, the demo feed server listening on 127.0.0.1 at options.demoRate ticks per
// second; nullptr without --demo, or (with the reason in *error) when it cannot listen.
std::unique_ptr<DemoFeedServer> startDemo(const RunOptions &options, QString *error);
} // namespace FeedList
