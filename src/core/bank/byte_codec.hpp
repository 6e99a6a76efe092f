// The byte layer of the compiled-bank cache: numbers little-endian, a string as its byte length (u32)
// then its bytes, a list as its element count (u32) then the elements. Question types write their answers
// with it (each type's cache() pieces); bank_cache_codec.cpp frames whole entries.
#pragma once

#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar/calendar_date.hpp"

namespace retain {

class ByteWriter {
public:
    void u8(std::uint8_t value) { m_out.push_back(static_cast<char>(value)); }
    void u32(std::uint32_t value) { fixed(value, 4); }
    void u64(std::uint64_t value) { fixed(value, 8); }
    void i32(int value) { u32(static_cast<std::uint32_t>(value)); }
    void f64(double value) { u64(std::bit_cast<std::uint64_t>(value)); }
    void flag(bool value) { u8(value ? 1 : 0); }
    void count(std::size_t value) { u32(static_cast<std::uint32_t>(value)); }
    void text(std::string_view value) {
        count(value.size());
        m_out.append(value);
    }
    void texts(const std::vector<std::string>& values) {
        count(values.size());
        for (const std::string& value : values) text(value);
    }
    void indices(const std::vector<int>& values) {
        count(values.size());
        for (const int value : values) i32(value);
    }
    void date(const CalendarDate& value) {
        i32(value.year);
        i32(value.month);
        i32(value.day);
    }
    void raw(std::string_view bytes) { m_out.append(bytes); }
    std::string& bytes() { return m_out; }

private:
    void fixed(std::uint64_t value, int byteCount) {
        for (int i = 0; i < byteCount; ++i) m_out.push_back(static_cast<char>((value >> (8 * i)) & 0xffu));
    }
    std::string m_out;
};

// Reads values back; the first failure (too few bytes, a value out of range) sticks, and every later
// read then returns a default, so callers check ok() once at the end.
class ByteReader {
public:
    explicit ByteReader(std::string_view bytes) : m_bytes(bytes) {}

    bool ok() const { return !m_failed; }
    bool atEnd() const { return m_pos == m_bytes.size(); }
    void fail() { m_failed = true; }

    std::uint8_t u8() { return static_cast<std::uint8_t>(fixed(1)); }
    std::uint32_t u32() { return static_cast<std::uint32_t>(fixed(4)); }
    std::uint64_t u64() { return fixed(8); }
    int i32() { return static_cast<int>(u32()); }
    double f64() { return std::bit_cast<double>(u64()); }
    bool flag() {
        const std::uint8_t value = u8();
        if (value > 1) fail();
        return value == 1;
    }
    // Reads an enum stored as u8, failing when it is not below limit.
    template <typename Enum>
    Enum enumeration(std::uint8_t limit) {
        const std::uint8_t value = u8();
        if (value >= limit) fail();
        return static_cast<Enum>(m_failed ? 0 : value);
    }
    // Reads an element count, failing when that many elements of at least minBytes each cannot fit.
    std::size_t count(std::size_t minBytes) {
        const std::size_t value = u32();
        if (m_failed || value > remaining() / minBytes) {
            fail();
            return 0;
        }
        return value;
    }
    std::string text() {
        const std::size_t size = u32();
        if (m_failed || size > remaining()) {
            fail();
            return {};
        }
        std::string value(m_bytes.substr(m_pos, size));
        m_pos += size;
        return value;
    }
    std::vector<std::string> texts() {
        std::vector<std::string> values(count(4));
        for (std::string& value : values) value = text();
        return values;
    }
    std::vector<int> indices() {
        std::vector<int> values(count(4));
        for (int& value : values) value = i32();
        return values;
    }
    CalendarDate date() {
        CalendarDate value;
        value.year = i32();
        value.month = i32();
        value.day = i32();
        if (value.month < 0 || value.month > 12 || value.day < 0 || value.day > 31) fail();
        return value;
    }
    // Fails unless every index points into a list of size entries, ascending (the loader's promise that
    // graders and views rely on).
    void checkIndices(const std::vector<int>& values, std::size_t size) {
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (values[i] < 0 || static_cast<std::size_t>(values[i]) >= size || (i > 0 && values[i] <= values[i - 1])) fail();
        }
    }
    std::string_view rest() {
        const std::string_view value = m_bytes.substr(m_pos);
        m_pos = m_bytes.size();
        return value;
    }

private:
    std::size_t remaining() const { return m_bytes.size() - m_pos; }
    std::uint64_t fixed(int byteCount) {
        if (m_failed || remaining() < static_cast<std::size_t>(byteCount)) {
            fail();
            return 0;
        }
        std::uint64_t value = 0;
        for (int i = 0; i < byteCount; ++i) {
            value |= static_cast<std::uint64_t>(static_cast<unsigned char>(m_bytes[m_pos + i])) << (8 * i);
        }
        m_pos += static_cast<std::size_t>(byteCount);
        return value;
    }

    std::string_view m_bytes;
    std::size_t m_pos = 0;
    bool m_failed = false;
};

}  // namespace retain
