// Reading and writing zip archives through libzip, for .apkg files. Archives are untrusted: entries are
// read into memory by exact name (nothing is ever extracted to a path taken from the archive), and the
// entry count and unpacked sizes are capped.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

struct zip;

namespace retain {

struct ZipLimits {
    std::size_t maxEntries = 1000;                        // entries in the archive
    std::uint64_t maxEntryBytes = 256ull * 1024 * 1024;   // unpacked bytes of one entry read (256 MiB)
    std::uint64_t maxTotalBytes = 256ull * 1024 * 1024;   // unpacked bytes of all entries together (256 MiB)
};

class ZipReader {
public:
    ZipReader() = default;
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;
    ~ZipReader();

    // Opens the archive at path. Returns false with a message for the user when it is not a readable
    // zip, has more than limits.maxEntries entries, or its entries would unpack to more than
    // limits.maxTotalBytes.
    bool open(const std::string& path, const ZipLimits& limits, std::string& error);

    // True when an entry has exactly this name.
    bool contains(const std::string& name) const;

    // Reads the entry with exactly this name into out. Returns false with a message when it is missing,
    // broken, or unpacks to more than maxEntryBytes (checked against both the declared and the actual
    // size) or past maxTotalBytes together with the entries read before.
    bool read(const std::string& name, std::string& out, std::string& error);

private:
    struct zip* m_zip = nullptr;
    ZipLimits m_limits;
    std::uint64_t m_bytesRead = 0;  // unpacked bytes handed out so far
};

struct ZipEntry {
    std::string name;   // path inside the archive
    std::string data;   // contents
};

// Writes entries (deflated) to a new archive at path, replacing any file there. Returns false with a
// message when the file cannot be written.
bool writeZipFile(const std::string& path, const std::vector<ZipEntry>& entries, std::string& error);

// Returns "12.5 MiB"-style text for a byte count, for messages.
std::string byteSizeText(std::uint64_t bytes);

}  // namespace retain
