#include "core/bank/library_load_task.hpp"

namespace retain {

LibraryLoadTask::LibraryLoadTask(std::string folder, std::string cacheDir, std::function<void()> wake) {
    std::shared_ptr<Shared> shared = m_shared;
    m_future = std::async(std::launch::async, [shared, folder = std::move(folder), cacheDir = std::move(cacheDir), wake = std::move(wake)]() {
        LibraryLoadHooks hooks;
        hooks.progress = [shared, &wake](const LibraryLoadProgress& progress) {
            {
                const std::lock_guard<std::mutex> lock(shared->mutex);
                shared->progress = progress;
            }
            if (wake) wake();
        };
        hooks.cancelled = [shared] { return shared->cancel.load(); };
        Library library = loadLibrary(folder, cacheDir, hooks);
        {
            const std::lock_guard<std::mutex> lock(shared->mutex);
            shared->result = std::move(library);
        }
        // After the result is stored, so the woken loop's poll() finds it.
        if (wake) wake();
    });
}

LibraryLoadTask::~LibraryLoadTask() {
    cancel();
    if (m_future.valid()) m_future.wait();
}

LibraryLoadProgress LibraryLoadTask::progress() const {
    const std::lock_guard<std::mutex> lock(m_shared->mutex);
    return m_shared->progress;
}

Library* LibraryLoadTask::poll() {
    if (!m_library) {
        const std::lock_guard<std::mutex> lock(m_shared->mutex);
        if (m_shared->result) m_library = std::move(m_shared->result);
    }
    return m_library ? &*m_library : nullptr;
}

}  // namespace retain
