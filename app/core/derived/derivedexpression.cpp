#include "derived/derivedexpression.h"

#include "decode/jsonpointer.h"

#include <QRegularExpression>

#include <muParser.h>

#include <cmath>
#include <string>

namespace {

// Text handed to muParser, with the position in the user's expression of each character, so
// muParser's error positions can be told in the user's terms.
struct Piece
{
    std::string text;
    std::vector<int> origin;
    int end = 0; // the user's position just after this piece

    void add(char c, int at)
    {
        text += c;
        origin.push_back(at);
    }
    void add(const std::string &s, int at)
    {
        for (char c : s)
            add(c, at);
    }
    int userPosition(int parserPosition) const
    {
        if (parserPosition >= 0 && size_t(parserPosition) < origin.size())
            return origin[size_t(parserPosition)];
        return end;
    }
};

bool isNameStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isNameChar(QChar c)
{
    return (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('_');
}

} // namespace

QString DerivedReference::text() const
{
    if (sameRecord)
        return QLatin1Char('{') + pointer + QLatin1Char('}');
    return QStringLiteral("{%1:%2:%3}").arg(feed, key, pointer);
}

struct DerivedExpression::Impl
{
    struct WindowNode
    {
        Window kind = Window::Ema;
        double seconds = 0.0;
        QString name; // as written: ema, sma, rate, delta
        Piece piece;
        std::vector<size_t> inner; // windows this one's argument reads
        std::unique_ptr<mu::Parser> parser;
    };

    std::vector<double> variables; // references, then windows (muParser reads them in place)
    std::unique_ptr<mu::Parser> top;
    Piece topPiece;
    std::vector<WindowNode> windows; // inner ones before the ones that read them
    // Per evaluation: 0 = has a value, 1 = no value yet, 2 = not finite.
    mutable std::vector<quint8> windowStatus;
};

namespace {

// Turns the user's expression into muParser text: references become variables _rN, windowed
// calls _wN (their argument compiled apart). Errors carry the user's position.
class Translator
{
public:
    Translator(const QString &text, std::vector<DerivedReference> &references,
               std::vector<DerivedExpression::Impl::WindowNode> &windows)
        : m_src(text)
        , m_references(references)
        , m_windows(windows)
    { }

    bool translate(int begin, int end, Piece &out)
    {
        out.end = end;
        int i = begin;
        while (i < end) {
            const QChar c = m_src.at(i);
            if (c == QLatin1Char('{')) {
                if (!reference(i, end, out, &i))
                    return false;
            } else if (c == QLatin1Char('}')) {
                return fail(i, QStringLiteral("\"}\" without \"{\""));
            } else if (isNameStart(c)) {
                if (!name(i, end, out, &i))
                    return false;
            } else if (c == QLatin1Char('=') && !isComparison(i)) {
                return fail(i, QStringLiteral("\"=\" assigns; compare with \"==\""));
            } else {
                // Anything else muParser judges; a character it cannot hold is shown as one it
                // refuses, at the same place.
                out.add(c.unicode() < 128 ? char(c.unicode()) : '`', i);
                ++i;
            }
        }
        return true;
    }

    int errorPosition = 0;
    QString errorReason;

    bool fail(int at, const QString &reason)
    {
        errorPosition = at;
        errorReason = reason;
        return false;
    }

private:
    bool isComparison(int i) const
    {
        const auto at
            = [this](int j) { return j >= 0 && j < m_src.size() ? m_src.at(j) : QChar(); };
        const QChar before = at(i - 1);
        return at(i + 1) == QLatin1Char('=') || before == QLatin1Char('=')
            || before == QLatin1Char('<') || before == QLatin1Char('>')
            || before == QLatin1Char('!');
    }

    bool reference(int open, int end, Piece &out, int *next)
    {
        const int close = m_src.indexOf(QLatin1Char('}'), open + 1);
        if (close < 0 || close >= end)
            return fail(open, QStringLiteral("\"{\" without \"}\""));
        const QString inside = m_src.mid(open + 1, close - open - 1);
        DerivedReference ref;
        QString pointer = inside;
        if (!inside.startsWith(QLatin1Char('/'))) {
            // feed:key:/pointer; the key may be empty and may itself hold a colon.
            const int feedEnd = inside.indexOf(QLatin1Char(':'));
            const int pointerStart = inside.indexOf(QStringLiteral(":/"), feedEnd + 1);
            if (feedEnd <= 0 || pointerStart < 0 || pointerStart < feedEnd)
                return fail(open,
                            QStringLiteral("\"{%1}\": expected {/pointer} or {feed:key:/pointer}")
                                .arg(inside));
            ref.feed = inside.left(feedEnd);
            ref.key = inside.mid(feedEnd + 1, pointerStart - feedEnd - 1);
            pointer = inside.mid(pointerStart + 1);
        } else {
            ref.sameRecord = true;
        }
        QString why;
        if (!JsonPointer::parse(pointer, &why) || pointer.isEmpty())
            return fail(
                open,
                QStringLiteral("\"%1\" is not a JSON Pointer of a field%2")
                    .arg(pointer, why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why)));
        ref.pointer = pointer;
        size_t index = 0;
        while (index < m_references.size() && !(m_references[index] == ref))
            ++index;
        if (index == m_references.size())
            m_references.push_back(ref);
        out.add("_r" + std::to_string(index), open);
        *next = close + 1;
        return true;
    }

    bool name(int start, int end, Piece &out, int *next)
    {
        int i = start;
        while (i < end && isNameChar(m_src.at(i)))
            ++i;
        const QString word = m_src.mid(start, i - start);
        if (word.startsWith(QLatin1Char('_')))
            return fail(start, QStringLiteral("unknown name \"%1\"").arg(word));
        DerivedExpression::Window kind;
        int arity = 1;
        if (word == QLatin1String("ema")) {
            kind = DerivedExpression::Window::Ema;
            arity = 2;
        } else if (word == QLatin1String("sma")) {
            kind = DerivedExpression::Window::Sma;
            arity = 2;
        } else if (word == QLatin1String("rate")) {
            kind = DerivedExpression::Window::Rate;
        } else if (word == QLatin1String("delta")) {
            kind = DerivedExpression::Window::Delta;
        } else {
            for (int j = start; j < i; ++j)
                out.add(m_src.at(j).unicode() < 128 ? char(m_src.at(j).unicode()) : '`', j);
            *next = i;
            return true;
        }
        int open = i;
        while (open < end && m_src.at(open).isSpace())
            ++open;
        if (open >= end || m_src.at(open) != QLatin1Char('('))
            return fail(start, QStringLiteral("%1 is a function: %1(...)").arg(word));
        std::vector<int> commas;
        int close = -1;
        int depth = 0;
        for (int j = open; j < end && close < 0; ++j) {
            const QChar c = m_src.at(j);
            if (c == QLatin1Char('{')) {
                const int skip = m_src.indexOf(QLatin1Char('}'), j);
                if (skip < 0)
                    break;
                j = skip;
            } else if (c == QLatin1Char('(')) {
                ++depth;
            } else if (c == QLatin1Char(')') && --depth == 0) {
                close = j;
            } else if (c == QLatin1Char(',') && depth == 1) {
                commas.push_back(j);
            }
        }
        if (close < 0)
            return fail(open, QStringLiteral("\"(\" of %1 without \")\"").arg(word));
        if (int(commas.size()) + 1 != arity)
            return fail(start,
                        arity == 2
                            ? QStringLiteral("%1 takes two arguments: %1(x, seconds)").arg(word)
                            : QStringLiteral("%1 takes one argument: %1(x)").arg(word));
        DerivedExpression::Impl::WindowNode node;
        node.kind = kind;
        node.name = word;
        const size_t innerFrom = m_windows.size();
        const int argEnd = commas.empty() ? close : commas.front();
        if (!translate(open + 1, argEnd, node.piece))
            return false;
        for (size_t w = innerFrom; w < m_windows.size(); ++w)
            node.inner.push_back(w);
        if (arity == 2 && !seconds(commas.front() + 1, close, &node.seconds))
            return false;
        m_windows.push_back(std::move(node));
        out.add("_w" + std::to_string(m_windows.size() - 1), start);
        *next = close + 1;
        return true;
    }

    // A window's length: a constant expression of seconds above zero.
    bool seconds(int begin, int end, double *out)
    {
        while (begin < end && m_src.at(begin).isSpace())
            ++begin; // errors point at the argument, not at the space before it
        const size_t references = m_references.size();
        const size_t windows = m_windows.size();
        Piece piece;
        if (!translate(begin, end, piece))
            return false;
        if (m_references.size() != references || m_windows.size() != windows)
            return fail(begin, QStringLiteral("the window must be a constant number of seconds"));
        mu::Parser parser;
        try {
            parser.SetExpr(piece.text);
            *out = parser.Eval();
        } catch (const mu::ParserError &e) {
            return fail(piece.userPosition(e.GetPos()), QString::fromStdString(e.GetMsg()));
        }
        if (!std::isfinite(*out) || *out <= 0.0)
            return fail(begin, QStringLiteral("the window must be a number of seconds above 0"));
        return true;
    }

    const QString &m_src;
    std::vector<DerivedReference> &m_references;
    std::vector<DerivedExpression::Impl::WindowNode> &m_windows;
};

// muParser's messages name its own positions and our variables: say them in the user's terms.
QString userMessage(const std::string &message, const std::vector<DerivedReference> &references)
{
    QString text = QString::fromStdString(message);
    static const QRegularExpression position(QStringLiteral("\\s*at (expression )?position \\d+"));
    text.remove(position);
    static const QRegularExpression variable(QStringLiteral("_([rw])(\\d+)"));
    QString out;
    qsizetype from = 0;
    auto it = variable.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(from, m.capturedStart() - from);
        const size_t n = m.captured(2).toULong();
        out += m.captured(1) == QLatin1String("r") && n < references.size()
            ? references[n].text()
            : QStringLiteral("a windowed function");
        from = m.capturedEnd();
    }
    out += text.mid(from);
    while (out.endsWith(QLatin1Char('.')))
        out.chop(1);
    return out;
}

} // namespace

DerivedExpression::DerivedExpression()
    : d(std::make_unique<Impl>())
{ }

DerivedExpression::~DerivedExpression() = default;

bool DerivedExpression::hasSameRecordReference() const
{
    for (const DerivedReference &ref : m_references) {
        if (ref.sameRecord)
            return true;
    }
    return false;
}

std::unique_ptr<DerivedExpression> DerivedExpression::compile(const QString &text, QString *error)
{
    std::unique_ptr<DerivedExpression> e(new DerivedExpression());
    Impl &d = *e->d;
    Translator translator(text, e->m_references, d.windows);
    const auto refuse = [error](int position, const QString &reason) {
        *error = QStringLiteral("at position %1: %2").arg(position + 1).arg(reason);
        return nullptr;
    };
    if (text.trimmed().isEmpty())
        return refuse(0, QStringLiteral("empty expression"));
    if (!translator.translate(0, int(text.size()), d.topPiece))
        return refuse(translator.errorPosition, translator.errorReason);

    // Every parser reads the same variables, in place: size them once, before any is defined.
    const size_t references = e->m_references.size();
    d.variables.assign(references + d.windows.size(), 0.0);
    d.windowStatus.assign(d.windows.size(), 0);
    e->m_windowCount = d.windows.size();
    const auto makeParser = [&d, references](const Piece &piece) {
        auto parser = std::make_unique<mu::Parser>();
        // muParser's log is the natural one; the contract's is base 10 (ln is natural).
        parser->DefineFun("log", static_cast<double (*)(double)>(std::log10));
        for (size_t i = 0; i < d.variables.size(); ++i) {
            const std::string name = (i < references ? "_r" + std::to_string(i)
                                                     : "_w" + std::to_string(i - references));
            parser->DefineVar(name, &d.variables[i]);
        }
        parser->SetExpr(piece.text);
        parser->Eval(); // parses now: errors belong to compile()
        return parser;
    };
    const Piece *current = &d.topPiece;
    try {
        for (Impl::WindowNode &node : d.windows) {
            current = &node.piece;
            node.parser = makeParser(node.piece);
        }
        current = &d.topPiece;
        d.top = makeParser(d.topPiece);
    } catch (const mu::ParserError &failure) {
        const int at = failure.GetPos() >= 0 ? current->userPosition(failure.GetPos())
                                             : int(text.size()) - 1;
        return refuse(std::max(at, 0), userMessage(failure.GetMsg(), e->m_references));
    }
    // muParser takes "a, b" for several results; a series has one.
    const auto severalResults = [](const Piece &piece) {
        int depth = 0;
        for (size_t i = 0; i < piece.text.size(); ++i) {
            const char c = piece.text[i];
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0)
                return piece.origin[i];
        }
        return -1;
    };
    std::vector<const Piece *> pieces { &d.topPiece };
    for (const Impl::WindowNode &node : d.windows)
        pieces.push_back(&node.piece);
    for (const Piece *piece : pieces) {
        const int comma = severalResults(*piece);
        if (comma >= 0)
            return refuse(comma,
                          QStringLiteral("one result expected: \",\" separates the "
                                         "arguments of a function only"));
    }
    return e;
}

namespace {

// One step of a windowed function; false when it has no value yet.
bool stepWindow(DerivedExpression::Window kind, double seconds, DerivedExpression::WindowState &s,
                double x, double timeMs, double *out)
{
    using Window = DerivedExpression::Window;
    switch (kind) {
    case Window::Delta:
    case Window::Rate: {
        if (kind == Window::Rate && s.have && timeMs <= s.lastTimeMs) {
            // No time has passed (or a late record): no rate. A value of the same time is the
            // latest one there; a late one is not.
            if (timeMs == s.lastTimeMs)
                s.lastValue = x;
            return false;
        }
        const bool had = s.have;
        const double previous = s.lastValue;
        const double previousTime = s.lastTimeMs;
        s.have = true;
        s.lastValue = x;
        s.lastTimeMs = timeMs;
        if (!had)
            return false;
        *out = kind == Window::Delta ? x - previous
                                     : (x - previous) / ((timeMs - previousTime) / 1000.0);
        return true;
    }
    case Window::Ema:
        if (!s.have) {
            s.have = true;
            s.lastValue = x;
        } else {
            // Weighted by the data time between records, so an irregular feed averages over
            // the same span of time as a steady one. Late records move it as if simultaneous.
            const double dt = std::max(0.0, timeMs - s.lastTimeMs) / 1000.0;
            s.lastValue += (1.0 - std::exp(-dt / seconds)) * (x - s.lastValue);
        }
        s.lastTimeMs = std::max(timeMs, s.lastTimeMs);
        *out = s.lastValue;
        return true;
    case Window::Sma: {
        // The window ends at the latest time seen; a late value older than the window is
        // outside it (and would otherwise wait in the deque).
        const double latest = s.have ? std::max(s.lastTimeMs, timeMs) : timeMs;
        const double from = latest - seconds * 1000.0;
        s.have = true;
        s.lastTimeMs = latest;
        if (timeMs <= from) {
            if (s.recent.empty())
                return false;
            *out = s.sum / double(s.recent.size());
            return true;
        }
        s.recent.emplace_back(timeMs, x);
        s.sum += x;
        while (s.recent.size() > 1 && s.recent.front().first <= from) {
            s.sum -= s.recent.front().second;
            s.recent.pop_front();
        }
        if (s.recent.size() == 1)
            s.sum = s.recent.front().second; // no rounding left over from values gone
        *out = s.sum / double(s.recent.size());
        return true;
    }
    }
    return false;
}

} // namespace

bool DerivedExpression::evaluate(const double *inputs, double timeMs, State &state,
                                 double *value) const
{
    Impl &impl = *d;
    std::copy(inputs, inputs + m_references.size(), impl.variables.begin());
    const size_t base = m_references.size();
    quint8 worst = 0;
    try {
        for (size_t w = 0; w < impl.windows.size(); ++w) {
            Impl::WindowNode &node = impl.windows[w];
            quint8 status = 0;
            for (size_t inner : node.inner)
                status = std::max(status, impl.windowStatus[inner]);
            double x = 0.0;
            if (status == 0) {
                x = node.parser->Eval();
                if (!std::isfinite(x))
                    status = 2; // the window keeps its state; the result is not a number
            }
            if (status == 0
                && !stepWindow(node.kind, node.seconds, state[w], x, timeMs,
                               &impl.variables[base + w]))
                status = 1;
            impl.windowStatus[w] = status;
            worst = std::max(worst, status);
        }
        if (worst == 1)
            return false;
        *value = worst == 2 ? std::nan("") : impl.top->Eval();
    } catch (const mu::ParserError &) {
        *value = std::nan(""); // not expected after a successful compile; never a sample
    }
    return true;
}
