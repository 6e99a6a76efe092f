// Reading a whole regular file without ever blocking on a FIFO or device (see regular_file.hpp).
#include "core/files/regular_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>

namespace retain {

std::string fileKindText(unsigned mode) {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
    if (S_ISSOCK(mode)) return "a socket";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISLNK(mode)) return "a symbolic link";
    return "not a regular file";
}

namespace {

// Opens path for reading without blocking and checks it is a regular file of at most maxBytes; returns
// the open descriptor (or -1 with result.error set).
int openRegular(const std::string& path, std::uintmax_t maxBytes, FileReadResult& result) {
    // O_NONBLOCK: opening a FIFO for reading otherwise waits until some process opens it for writing.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        result.error = errno == ENOENT ? FileReadError::Missing : FileReadError::CannotOpen;
        result.message = std::string("cannot open the file: ") + std::strerror(errno);
        return -1;
    }
    struct stat info {};
    if (fstat(fd, &info) != 0) {
        result.error = FileReadError::CannotOpen;
        result.message = std::string("cannot open the file: ") + std::strerror(errno);
    } else if (!S_ISREG(info.st_mode)) {
        result.error = FileReadError::NotRegular;
        result.message = "is " + fileKindText(info.st_mode) + ", not a regular file; only regular files are read";
    } else {
        result.size = static_cast<std::uintmax_t>(info.st_size);
        if (result.size > maxBytes) result.error = FileReadError::TooBig;
    }
    if (result.error == FileReadError::None) return fd;
    ::close(fd);
    return -1;
}

}  // namespace

FileReadResult checkRegularFile(const std::string& path) {
    FileReadResult result;
    const int fd = openRegular(path, UINTMAX_MAX, result);
    if (fd >= 0) ::close(fd);
    return result;
}

FileReadResult readRegularFile(const std::string& path, std::string& text, std::uintmax_t maxBytes) {
    FileReadResult result;
    text.clear();
    const int fd = openRegular(path, maxBytes, result);
    if (fd < 0) return result;
    // One read of the known size; the file may have grown since fstat(), so reading goes on to its end,
    // still within the limit.
    text.resize(static_cast<std::size_t>(result.size));
    std::size_t filled = 0;
    for (;;) {
        if (filled == text.size()) {
            if (text.size() >= maxBytes + 1) break;
            text.resize(std::min<std::uintmax_t>(maxBytes + 1, text.size() + 65536));
        }
        const ssize_t got = ::read(fd, text.data() + filled, text.size() - filled);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) {
            result.error = FileReadError::CannotRead;
            result.message = std::string("cannot read the file: ") + std::strerror(errno);
            break;
        }
        if (got == 0) break;
        filled += static_cast<std::size_t>(got);
    }
    ::close(fd);
    text.resize(filled);
    if (result.error == FileReadError::None && filled > maxBytes) {
        result.error = FileReadError::TooBig;
        result.size = filled;
    }
    if (result.error != FileReadError::None) text.clear();
    return result;
}

}  // namespace retain
