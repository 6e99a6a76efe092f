// Reading a whole file that must be a regular file. A FIFO, socket or device under a bank's or an
// import's name would block open() or read() forever (a FIFO waits for a writer), so the file is opened
// non-blocking and checked with fstat() on the open descriptor (no race between a check and the open)
// before anything is read; anything else is refused with a sentence that says what it is.
#pragma once

#include <cstdint>
#include <string>

namespace retain {

// Why readRegularFile gave no text.
enum class FileReadError { None, Missing, NotRegular, TooBig, CannotOpen, CannotRead };

struct FileReadResult {
    FileReadError error = FileReadError::None;
    std::uintmax_t size = 0;  // bytes, as fstat() saw it (also for TooBig)
    std::string message;      // when error != None: what is wrong, without the path ("is a FIFO (named pipe), ...")
};

// Reads the whole regular file at path into text (reusing its buffer), refusing a file over maxBytes
// without reading it. Never blocks on a FIFO or device; symbolic links are followed to a regular file.
FileReadResult readRegularFile(const std::string& path, std::string& text, std::uintmax_t maxBytes);

// Checks, without blocking, that path is a regular file (for readers such as libzip that open it
// themselves); error None or the reason, with size filled for a regular file.
FileReadResult checkRegularFile(const std::string& path);

// Returns what kind of file st_mode is, for messages: "a folder", "a FIFO (named pipe)", "a socket", ...
std::string fileKindText(unsigned mode);

}  // namespace retain
