#pragma once

#include <QtGlobal>

#include <deque>
#include <vector>

struct TimedValue
{
    double timeMs = 0.0;
    double value = 0.0;
};

struct XYPoint
{
    double timeMs = 0.0;
    double x = 0.0;
    double y = 0.0;
};

// One series against another, aligned by time with sample-and-hold: at each time either
// series has a sample (once both have had one), a point of X's and Y's latest values. Samples
// of both at the same time (one record) make one point. Keeps the last trailLength points, the
// newest last. Fed incrementally, each call with the samples that arrived since the last one
// (each list time-ordered). Plain value; any thread.
class XYAligner final
{
public:
    explicit XYAligner(int trailLength = 200);

    int trailLength() const { return m_trailLength; }
    void setTrailLength(int points);
    void clear();

    void add(const std::vector<TimedValue> &xs, const std::vector<TimedValue> &ys);

    const std::deque<XYPoint> &points() const { return m_points; }

private:
    void emitPoint(double timeMs);

    int m_trailLength;
    std::deque<XYPoint> m_points;
    double m_x = 0.0;
    double m_y = 0.0;
    bool m_haveX = false;
    bool m_haveY = false;
};
