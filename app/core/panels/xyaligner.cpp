#include "xyaligner.h"

#include <algorithm>

XYAligner::XYAligner(int trailLength)
    : m_trailLength(std::max(1, trailLength))
{ }

void XYAligner::setTrailLength(int points)
{
    m_trailLength = std::max(1, points);
    while (int(m_points.size()) > m_trailLength)
        m_points.pop_front();
}

void XYAligner::clear()
{
    m_points.clear();
    m_haveX = m_haveY = false;
}

// A merge of the two time-ordered lists: every time either one has a sample, both held
// values as of then (all samples at that time applied first) make a point.
void XYAligner::add(const std::vector<TimedValue> &xs, const std::vector<TimedValue> &ys)
{
    size_t i = 0;
    size_t j = 0;
    while (i < xs.size() || j < ys.size()) {
        const double t = j >= ys.size() || (i < xs.size() && xs[i].timeMs <= ys[j].timeMs)
            ? xs[i].timeMs
            : ys[j].timeMs;
        for (; i < xs.size() && xs[i].timeMs == t; ++i) {
            m_x = xs[i].value;
            m_haveX = true;
        }
        for (; j < ys.size() && ys[j].timeMs == t; ++j) {
            m_y = ys[j].value;
            m_haveY = true;
        }
        emitPoint(t);
    }
}

void XYAligner::emitPoint(double timeMs)
{
    if (!m_haveX || !m_haveY)
        return;
    // Same time as the last point (the other half of a record read a tick later): one point.
    if (!m_points.empty() && m_points.back().timeMs == timeMs) {
        m_points.back().x = m_x;
        m_points.back().y = m_y;
        return;
    }
    m_points.push_back({ timeMs, m_x, m_y });
    if (int(m_points.size()) > m_trailLength)
        m_points.pop_front();
}
