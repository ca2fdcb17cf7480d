#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

// A bounded queue of chunks of work, consumed in order by one thread of its own. The producer
// hands over a whole chunk at a time (hundreds of frames, a megabyte of capture), so the
// locking is paid per chunk, never per item. Chunks come back emptied but with their
// capacity, so a steady producer allocates nothing.
//
// Full queue: submit() waits. Work that cannot keep up slows its producer down (and the feed
// behind it, through TCP) instead of growing memory or dropping anything.
//
// The consumer runs on the queue's thread and must leave the chunk empty with its capacity
// (e.g. resize(0), clear() of a std::vector). The owner reads what the consumer writes only
// after drain(), which orders it (the mutex) after everything consumed.
template<typename Chunk> class BackgroundQueue final
{
public:
    using Consumer = std::function<void(Chunk &)>;

    BackgroundQueue(Consumer consume, size_t maxQueuedChunks)
        : m_consume(std::move(consume))
        , m_maxQueued(maxQueuedChunks)
        , m_thread([this] { run(); })
    { }

    // Consumes what is queued, then stops the thread.
    ~BackgroundQueue()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }

    BackgroundQueue(const BackgroundQueue &) = delete;
    BackgroundQueue &operator=(const BackgroundQueue &) = delete;

    // Queues `chunk` and puts an empty one (a consumed chunk, when there is one) in its place.
    void submit(Chunk &chunk)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_progress.wait(lock, [this] { return m_queue.size() < m_maxQueued; });
        m_queue.push_back(std::move(chunk));
        if (m_spare.empty()) {
            chunk = Chunk();
        } else {
            chunk = std::move(m_spare.back());
            m_spare.pop_back();
        }
        lock.unlock();
        m_wake.notify_one();
    }

    // Returns once every chunk submitted so far has been consumed.
    void drain()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_progress.wait(lock, [this] { return m_queue.empty() && !m_busy; });
    }

private:
    static constexpr size_t kMaxSpare = 4;

    void run()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, and everything is consumed
            Chunk chunk = std::move(m_queue.front());
            m_queue.pop_front();
            m_busy = true;
            lock.unlock();
            m_consume(chunk);
            lock.lock();
            m_busy = false;
            if (m_spare.size() < kMaxSpare)
                m_spare.push_back(std::move(chunk));
            m_progress.notify_all();
        }
    }

    Consumer m_consume;
    const size_t m_maxQueued;
    std::mutex m_mutex;
    std::condition_variable m_wake; // to the thread: a chunk, or stop
    std::condition_variable m_progress; // to the producer: room in the queue, or all consumed
    std::deque<Chunk> m_queue;
    std::vector<Chunk> m_spare;
    bool m_stop = false;
    bool m_busy = false; // the thread holds a chunk outside the queue
    std::thread m_thread; // last: starts once every member above exists
};
