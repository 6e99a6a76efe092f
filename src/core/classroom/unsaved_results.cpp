// A class's answers kept in a CSV file when the database would not take them (see unsaved_results.hpp).
#include "core/classroom/unsaved_results.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "core/classroom/class_report.hpp"

namespace retain {

std::string keepUnsavedRows(const sql::Database* db, const std::string& stem, UnixMs nowMs, const std::vector<ClassResultRow>& rows) {
    const std::string folder = db ? std::filesystem::path(db->path()).parent_path().string() : std::string(".");
    const std::string file = folder + "/" + stem + "-" + std::to_string(nowMs) + ".csv";
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << classResultsCsv(rows);
    out.close();
    const std::string status = out ? "Results could not be stored in the database; they were written to " + file
                                   : "Results could not be stored, nor written to " + file;
    std::fprintf(stderr, "retain: %s\n", status.c_str());
    return status;
}

}  // namespace retain
