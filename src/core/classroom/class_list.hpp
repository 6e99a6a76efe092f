// A class list: the students' names a teacher imports from a CSV file (one column of names, header
// optional, "," or ";" separated, UTF-8 with or without a byte order mark) or pastes (one name per line).
// Live games use it so each student picks their own name; reports match students by it. Rules in
// docs/classroom_lists.md.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/bank/problem.hpp"

namespace retain {

// Where the text comes from: a CSV file is split into fields; pasted text is one name per line.
enum class ClassListSource { Csv, Pasted };

// The names read from a class list, and what was skipped.
struct ClassListParse {
    std::vector<std::string> names;  // checked (checkNickname), in file order, no two with one nicknameKey
    ProblemList problems;            // one per skipped line, with file and line; warnings only
    int column = 0;                  // 0-based CSV column the names were taken from
    bool header = false;             // the first record was a header and was skipped
};

// Reads names from text. A CSV's separator is ";" when the first line has more ";" than ","; the names
// column is the first whose cell in the first row is a name word (name, names, student, students, pupil,
// pupils, full name, student name, nom, nombre, nome; any ASCII case), and that row is a header; without
// one the first column is used and the first row is a name. A name that checkNickname refuses, or a repeat
// of an earlier one (nicknameKey), is skipped with a warning naming fileName and the line; blank lines are
// skipped silently.
ClassListParse parseClassList(std::string_view text, ClassListSource source, const std::string& fileName);

constexpr std::size_t kClassListMaxBytes = 1 << 20;  // a class list file over 1 MiB is not a class list

// Reads the class list file at path into text: a regular file (never blocks on a FIFO) of at most
// kClassListMaxBytes holding no NUL byte. Returns "" or one sentence naming path.
std::string readClassListFile(const std::string& path, std::string& text);

// Returns "1 line skipped" / "N lines skipped".
std::string linesSkippedText(std::size_t count);

// Returns the index in names of the name matching name by nicknameKey (blanks at the ends trimmed), or -1.
int findClassListName(const std::vector<std::string>& names, std::string_view name);

}  // namespace retain
