// flock()-based data folder lock (see data_lock.hpp).
#include "core/storage/data_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

namespace retain {

namespace {

// Returns the pid written in the lock file, or 0 when it cannot be read.
long readHolderPid(int fd) {
    char buffer[32] = {};
    const ssize_t size = pread(fd, buffer, sizeof buffer - 1, 0);
    if (size <= 0) return 0;
    return std::strtol(buffer, nullptr, 10);
}

}  // namespace

DataFolderLock::~DataFolderLock() {
    // Closing the descriptor releases the flock; the file stays (removing it would race a new holder).
    if (m_fd >= 0) close(m_fd);
}

std::unique_ptr<DataFolderLock> DataFolderLock::acquire(const std::string& dataDir, std::string& error, Refusal& refusal) {
    refusal = Refusal::Io;
    const std::string path = dataDir + "/" + kLockFileName;
    bool writable = true;
    int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0 && (errno == EACCES || errno == EROFS)) {
        // A read-only folder may still hold a lock file: a read-only descriptor can take flock too.
        writable = false;
        fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    }
    if (fd < 0) {
        error = "cannot create the lock file " + path + ": " + std::strerror(errno);
        return nullptr;
    }
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int code = errno;
        const long pid = readHolderPid(fd);
        close(fd);
        if (code == EWOULDBLOCK) {
            refusal = Refusal::Busy;
            error = "Retain is already running on " + dataDir;
            if (pid > 0) error += " (pid " + std::to_string(pid) + ")";
        } else {
            error = "cannot lock " + path + ": " + std::strerror(code);
        }
        return nullptr;
    }
    if (writable) {
        const std::string pid = std::to_string(static_cast<long>(getpid())) + "\n";
        // The pid is only for the message; failing to write it is not a reason to refuse.
        if (ftruncate(fd, 0) == 0) {
            [[maybe_unused]] const ssize_t written = pwrite(fd, pid.data(), pid.size(), 0);
        }
    }
    refusal = Refusal::None;
    return std::unique_ptr<DataFolderLock>(new DataFolderLock(fd, path));
}

}  // namespace retain
