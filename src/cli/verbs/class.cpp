// `retain class import FILE --class NAME [--paste]` and `retain class list [--class NAME]`: the class lists
// live games and reports use (docs/classroom_lists.md). import reads a CSV file (a column of names, header
// optional, "," or ";", UTF-8 with or without BOM) or, with --paste or FILE "-", one name per line, and
// replaces that class's stored list; skipped lines are reported as FILE:LINE: warning. list prints every
// class with its size, or one class's names. Exit 0; 1 when the file held no usable name (nothing is
// stored); 2 on misuse; 3 when the file or the data folder cannot be read or written.
#include <cstdio>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>

#include "cli/cli.hpp"
#include "cli/verb_support.hpp"
#include "core/classroom/class_list.hpp"
#include "core/classroom/class_list_repository.hpp"
#include "core/clock.hpp"
#include "core/storage/store.hpp"
#include "core/text/control_chars.hpp"
#include "core/text/trim.hpp"

namespace retain::cli {

namespace {

struct ClassOptions {
    std::string file;       // import: the CSV or text file; "-" = stdin
    std::string className;  // --class
    bool paste = false;     // one name per line, no CSV splitting
};

// Reads path ("-" = stdin, at most kClassListMaxBytes) into text; false with a message naming the file.
bool readListFile(const std::string& path, std::string& text) {
    std::string error;
    if (path == "-") {
        std::ostringstream buffer;
        buffer << std::cin.rdbuf();
        text = buffer.str();
        if (text.size() > kClassListMaxBytes) error = "stdin is over 1 MiB: not a class list";
    } else {
        error = readClassListFile(path, text);
    }
    if (!error.empty()) std::fprintf(stderr, "retain class import: %s\n", error.c_str());
    return error.empty();
}

ExitCode runClassImport(const ClassOptions& options, const GlobalOptions& global) {
    const std::string className = trimmedCopy(options.className);
    if (className.empty()) {
        std::fprintf(stderr, "retain class import: --class must name the class\n");
        return ExitCode::Misuse;
    }
    std::string text;
    if (!readListFile(options.file, text)) return ExitCode::Failure;
    const bool pasted = options.paste || options.file == "-";
    const std::string shownName = options.file == "-" ? "stdin" : options.file;
    const ClassListParse parse = parseClassList(text, pasted ? ClassListSource::Pasted : ClassListSource::Csv, shownName);
    for (const Problem& problem : parse.problems) std::fprintf(stderr, "%s\n", terminalSafe(problem.format()).c_str());
    if (parse.names.empty()) {
        std::fprintf(stderr, "retain class import: %s holds no name: class %s left as it was\n", shownName.c_str(),
                     terminalSafe(className).c_str());
        return ExitCode::Problems;
    }
    SystemClock clock;
    StoreOpenResult opened = Store::open(resolveDataDir(global), clock);
    if (!opened.store) {
        std::fprintf(stderr, "retain class import: %s\n", opened.message.c_str());
        return ExitCode::Failure;
    }
    try {
        const std::size_t before = loadClassList(opened.store->db(), className).size();
        saveClassList(opened.store->db(), className, parse.names, clock.nowMs());
        std::printf("Class %s: %zu names imported%s%s.\n", terminalSafe(className).c_str(), parse.names.size(),
                    parse.problems.empty() ? "" : (", " + linesSkippedText(parse.problems.size())).c_str(),
                    before > 0 ? (" (replacing a list of " + std::to_string(before) + ")").c_str() : "");
    } catch (const sql::StorageError& error) {
        std::fprintf(stderr, "retain class import: database error: %s\n", error.what());
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

ExitCode runClassList(const ClassOptions& options, const GlobalOptions& global) {
    StoreOpenResult opened = openDataForReading("class list", resolveDataDir(global));
    if (!opened.store && opened.error != StoreOpenError::Missing) {
        std::fprintf(stderr, "retain class list: %s\n", opened.message.c_str());
        return ExitCode::Failure;
    }
    try {
        if (!options.className.empty()) {
            const std::vector<std::string> names =
                opened.store ? loadClassList(opened.store->db(), trimmedCopy(options.className)) : std::vector<std::string>{};
            if (names.empty()) {
                std::fprintf(stderr, "retain class list: no class '%s'\n", terminalSafe(options.className).c_str());
                return ExitCode::Misuse;
            }
            for (const std::string& name : names) std::printf("%s\n", terminalSafe(name).c_str());
            return ExitCode::Ok;
        }
        const std::vector<ClassListSummary> classes = opened.store ? listClassLists(opened.store->db()) : std::vector<ClassListSummary>{};
        if (classes.empty()) std::printf("No class lists yet: retain class import FILE.csv --class NAME\n");
        for (const ClassListSummary& summary : classes) {
            std::printf("%-20s %4d students\n", terminalSafe(summary.name).c_str(), summary.students);
        }
    } catch (const sql::StorageError& error) {
        std::fprintf(stderr, "retain class list: database error: %s\n", error.what());
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

}  // namespace

void addClassVerb(CLI::App& root, VerbContext& context) {
    auto options = std::make_shared<ClassOptions>();
    CLI::App* verb = root.add_subcommand("class", "Class lists: import names from CSV or pasted text, list them");
    verb->require_subcommand(1);
    CLI::App* import = verb->add_subcommand("import", "Import (or replace) a class's names from a CSV file, or '-' for stdin");
    import->add_option("file", options->file, "CSV file with a column of names (header optional); '-' = stdin")->required();
    import->add_option("--class", options->className, "Class name, e.g. 9B")->required();
    import->add_flag("--paste", options->paste, "One name per line: do not split the lines at commas");
    import->callback([options, &context] {
        context.verbRan = true;
        context.exitCode = runClassImport(*options, context.global);
    });
    CLI::App* list = verb->add_subcommand("list", "List the classes, or one class's names with --class");
    list->add_option("--class", options->className, "Print this class's names, one per line");
    list->callback([options, &context] {
        context.verbRan = true;
        context.exitCode = runClassList(*options, context.global);
    });
    for (CLI::App* sub : {import, list}) sub->fallthrough();
}

}  // namespace retain::cli
