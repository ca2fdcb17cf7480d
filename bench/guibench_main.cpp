// fb_gui: FeedBoard's GUI exactly as the feedboard binary runs it (runGui over GuiSession),
// with BenchProbe attached to the window, for bench/guibench.py. Same command line.
#include "benchprobe.h"
#include "guisession.h"
#include "mainwindow.h"

#include "session/commandline.h"

#include <cstdio>

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const CommandLineResult parsed = parseCommandLine(arguments);
    if (!parsed.options || parsed.options->headless) {
        std::fprintf(stderr, "fb_gui: %s\n",
                     parsed.options ? "the GUI benchmark has no --headless"
                                    : parsed.message.toUtf8().constData());
        return parsed.exitCode == 0 ? 1 : parsed.exitCode;
    }
    return runGui(argc, argv, *parsed.options,
                  [](GuiSession &gui) { new BenchProbe(gui.window()); });
}
