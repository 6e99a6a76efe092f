// libzip wrappers with the limits of untrusted archives.
#include "core/interop/zip_archive.hpp"

#include <algorithm>
#include <cstdio>

#include <zip.h>

#include "core/files/regular_file.hpp"

namespace retain {

namespace {

std::string libzipMessage(int code) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    return message;
}

}  // namespace

std::string byteSizeText(std::uint64_t bytes) {
    char buffer[64];
    if (bytes < 1024) {
        std::snprintf(buffer, sizeof buffer, "%llu bytes", static_cast<unsigned long long>(bytes));
    } else if (bytes < 1024ull * 1024) {
        std::snprintf(buffer, sizeof buffer, "%.1f KiB", static_cast<double>(bytes) / 1024.0);
    } else {
        std::snprintf(buffer, sizeof buffer, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    }
    return buffer;
}

ZipReader::~ZipReader() {
    if (m_zip != nullptr) zip_discard(m_zip);
}

bool ZipReader::open(const std::string& path, const ZipLimits& limits, std::string& error) {
    m_limits = limits;
    // libzip's own open would block on a FIFO; a missing or unreadable file is left to its message.
    const FileReadResult regular = checkRegularFile(path);
    if (regular.error == FileReadError::NotRegular) {
        error = regular.message;
        return false;
    }
    int code = 0;
    m_zip = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (m_zip == nullptr) {
        error = code == ZIP_ER_NOZIP ? "not a zip archive" : "cannot read the archive: " + libzipMessage(code);
        return false;
    }
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    if (count < 0 || static_cast<std::uint64_t>(count) > limits.maxEntries) {
        error = "the archive has " + std::to_string(count) + " entries, more than the limit of " + std::to_string(limits.maxEntries);
        return false;
    }
    std::uint64_t declared = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_zip, static_cast<zip_uint64_t>(i), 0, &stat) != 0) continue;
        if ((stat.valid & ZIP_STAT_SIZE) != 0) declared += stat.size;
        if (declared > limits.maxTotalBytes) {
            error = "the archive would unpack to more than " + byteSizeText(limits.maxTotalBytes) +
                    " (the limit); it may be a zip bomb";
            return false;
        }
    }
    return true;
}

bool ZipReader::contains(const std::string& name) const {
    return m_zip != nullptr && zip_name_locate(m_zip, name.c_str(), 0) >= 0;
}

bool ZipReader::read(const std::string& name, std::string& out, std::string& error) {
    out.clear();
    const zip_int64_t index = m_zip == nullptr ? -1 : zip_name_locate(m_zip, name.c_str(), 0);
    if (index < 0) {
        error = "the archive has no " + name;
        return false;
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip, static_cast<zip_uint64_t>(index), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) != 0 &&
        stat.size > m_limits.maxEntryBytes) {
        error = name + " would unpack to " + byteSizeText(stat.size) + ", more than the limit of " + byteSizeText(m_limits.maxEntryBytes);
        return false;
    }
    zip_file_t* file = zip_fopen_index(m_zip, static_cast<zip_uint64_t>(index), 0);
    if (file == nullptr) {
        error = "cannot unpack " + name + ": " + zip_strerror(m_zip);
        return false;
    }
    // Read in chunks and count what really comes out: the declared size may lie.
    std::string chunk(64 * 1024, '\0');
    bool ok = true;
    while (true) {
        const zip_int64_t got = zip_fread(file, chunk.data(), chunk.size());
        if (got < 0) {
            error = "cannot unpack " + name + ": " + zip_file_strerror(file);
            ok = false;
            break;
        }
        if (got == 0) break;
        const auto size = static_cast<std::uint64_t>(got);
        if (out.size() + size > m_limits.maxEntryBytes || m_bytesRead + out.size() + size > m_limits.maxTotalBytes) {
            error = name + " unpacks to more than the limit of " +
                    byteSizeText(std::min(m_limits.maxEntryBytes, m_limits.maxTotalBytes)) + "; it may be a zip bomb";
            ok = false;
            break;
        }
        out.append(chunk.data(), size);
    }
    zip_fclose(file);
    if (!ok) {
        out.clear();
        return false;
    }
    m_bytesRead += out.size();
    return true;
}

bool writeZipFile(const std::string& path, const std::vector<ZipEntry>& entries, std::string& error) {
    int code = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (archive == nullptr) {
        error = "cannot create " + path + ": " + libzipMessage(code);
        return false;
    }
    for (const ZipEntry& entry : entries) {
        // The buffers stay alive until zip_close, which is when libzip reads them.
        zip_source_t* source = zip_source_buffer(archive, entry.data.data(), entry.data.size(), 0);
        if (source == nullptr || zip_file_add(archive, entry.name.c_str(), source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) < 0) {
            if (source != nullptr) zip_source_free(source);
            error = "cannot add " + entry.name + " to " + path + ": " + zip_strerror(archive);
            zip_discard(archive);
            return false;
        }
    }
    if (zip_close(archive) != 0) {
        error = "cannot write " + path + ": " + zip_strerror(archive);
        zip_discard(archive);
        return false;
    }
    return true;
}

}  // namespace retain
