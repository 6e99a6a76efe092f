// One Retain per data folder: an exclusive, non-blocking flock() on <data>/retain.lock, held for the
// life of the app. The kernel drops the lock when the process ends, however it ends (SIGKILL included),
// so a stale lock file never blocks the next start. The file holds the holder's pid for the message.
#pragma once

#include <memory>
#include <string>

namespace retain {

class DataFolderLock {
public:
    DataFolderLock(const DataFolderLock&) = delete;
    DataFolderLock& operator=(const DataFolderLock&) = delete;
    ~DataFolderLock();

    // Why acquire() refused.
    enum class Refusal { None, Busy, Io };

    // Takes the lock of dataDir (the folder must exist). On refusal returns nullptr, sets refusal and sets
    // error to a sentence for the learner, e.g. "Retain is already running on DIR (pid 1234)". A second
    // call in the same process is refused too (each call opens its own file description).
    static std::unique_ptr<DataFolderLock> acquire(const std::string& dataDir, std::string& error, Refusal& refusal);

    // Returns the path of the lock file.
    const std::string& path() const { return m_path; }

private:
    DataFolderLock(int fd, std::string path) : m_fd(fd), m_path(std::move(path)) {}
    int m_fd = -1;
    std::string m_path;
};

// The lock file's name inside the data folder.
constexpr const char* kLockFileName = "retain.lock";

}  // namespace retain
