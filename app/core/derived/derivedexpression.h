#pragma once

#include <QString>

#include <deque>
#include <memory>
#include <vector>

// A series an expression reads (contract: "Derived series"): `{/p}`, the field /p of the
// record being evaluated, or `{feed:key:/p}`, one named series (held at its latest value).
struct DerivedReference
{
    QString feed; // empty for a same-record reference
    QString key;
    QString pointer;
    bool sameRecord = false;

    QString text() const; // as written in an expression: {/p} or {feed:key:/p}
    bool operator==(const DerivedReference &other) const
    {
        return sameRecord == other.sameRecord && feed == other.feed && key == other.key
            && pointer == other.pointer;
    }
};

// One compiled expression of a derived series. muParser does the arithmetic and the plain
// functions; what it lacks sits on top: references become variables, and each windowed
// function over data time (ema, sma, rate, delta) is its own small parser whose results feed
// a variable of the enclosing one. Evaluation allocates nothing (an sma's deque aside).
// Not thread-safe: one thread (the engine's decode side) evaluates it.
class DerivedExpression final
{
public:
    enum class Window : quint8 { Ema, Sma, Rate, Delta };

    // What the windowed functions of one evaluated series remember between records.
    struct WindowState
    {
        bool have = false;
        double lastTimeMs = 0.0;
        double lastValue = 0.0; // rate, delta: the previous x; ema: the average
        std::deque<std::pair<double, double>> recent; // sma: (time, x) inside the window
        double sum = 0.0; // sma: sum of `recent`
    };
    using State = std::vector<WindowState>;

    ~DerivedExpression();
    DerivedExpression(const DerivedExpression &) = delete;
    DerivedExpression &operator=(const DerivedExpression &) = delete;

    // Compiles `text`; nullptr with "at position N: reason" in *error (N counts characters
    // from 1) when it does not parse, calls an unknown function or names a bad reference.
    static std::unique_ptr<DerivedExpression> compile(const QString &text, QString *error);

    const std::vector<DerivedReference> &references() const { return m_references; }
    bool hasSameRecordReference() const;
    State newState() const { return State(m_windowCount); }

    // One evaluation at data time `timeMs` with `inputs[i]` the value of references()[i].
    // False when there is no result yet (the first value of a rate or delta); otherwise
    // *value is the result, which may be NaN or infinite (not a sample: the caller counts it).
    bool evaluate(const double *inputs, double timeMs, State &state, double *value) const;

    struct Impl; // muParser's side; public only to the implementation file's helpers

private:
    DerivedExpression();
    std::unique_ptr<Impl> d;
    std::vector<DerivedReference> m_references;
    size_t m_windowCount = 0;
};
