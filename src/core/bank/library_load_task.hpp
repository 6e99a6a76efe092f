// Loading a library on a worker thread, for a window that must draw while a big library loads (and its
// compiled cache is built): progress to draw, a stop, and a wake-up callback for an event-driven loop.
#pragma once

#include <atomic>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "core/bank/bank_loader.hpp"

namespace retain {

// Runs loadLibrary(folder, cacheDir, hooks) on a worker thread; the window polls it each frame.
class LibraryLoadTask {
public:
    // Starts loading at once. wake (optional) is called on the worker after each progress change and
    // once when the load is over; it must be safe to call from another thread (glfwPostEmptyEvent is).
    LibraryLoadTask(std::string folder, std::string cacheDir, std::function<void()> wake = {});
    // Cancels a running load and waits for the worker (at most the one bank it is reading).
    ~LibraryLoadTask();
    LibraryLoadTask(const LibraryLoadTask&) = delete;
    LibraryLoadTask& operator=(const LibraryLoadTask&) = delete;

    // Returns the latest progress reported by the worker (a copy).
    LibraryLoadProgress progress() const;
    // Asks the worker to stop before its next bank; the library is then incomplete (complete = false).
    void cancel() { m_shared->cancel = true; }
    // Returns the library once the worker is done (then always the same object), null while it runs.
    Library* poll();

private:
    struct Shared {
        mutable std::mutex mutex;
        LibraryLoadProgress progress;   // guarded by mutex
        std::optional<Library> result;  // guarded by mutex; set once when the load is over
        std::atomic<bool> cancel{false};
    };
    std::shared_ptr<Shared> m_shared = std::make_shared<Shared>();
    std::future<void> m_future;  // the worker; waited for on destruction
    std::optional<Library> m_library;
};

}  // namespace retain
