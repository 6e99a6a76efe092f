// Class lists and the report export for the window (see class_list_service.hpp).
#include "core/classroom/class_list_service.hpp"

#include <fstream>

namespace retain {

namespace {

// Writes text to path; "" or what failed.
std::string writeExportFile(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) return "cannot write " + path;
    out << text;
    out.close();
    return out ? std::string() : "cannot write " + path;
}

}  // namespace

ClassListParse importClassList(StudyBackend& study, const std::string& className, std::string_view text,
                               ClassListSource source, const std::string& fileName, UnixMs nowMs) {
    ClassListParse parse = parseClassList(text, source, fileName);
    if (!parse.names.empty()) saveClassList(study.db(), className, parse.names, nowMs);
    return parse;
}

ClassListParse importClassListFile(StudyBackend& study, const std::string& className, const std::string& path, UnixMs nowMs) {
    std::string text;
    if (const std::string error = readClassListFile(path, text); !error.empty()) {
        ClassListParse failed;
        failed.problems.push_back(Problem{path, 0, 0, Severity::Error, error});
        return failed;
    }
    return importClassList(study, className, text, ClassListSource::Csv, path, nowMs);
}

std::vector<ClassListSummary> classLists(StudyBackend& study) { return listClassLists(study.db()); }

std::vector<std::string> classListNames(StudyBackend& study, const std::string& className) {
    return loadClassList(study.db(), className);
}

ClassReportExport exportClassReport(const std::string& folder, const std::vector<ClassResultRow>& rows,
                                    const std::vector<ItemAnalysis>& items) {
    const std::string base = folder.empty() || folder.back() == '/' ? folder : folder + "/";
    const std::string resultsPath = base + "class_results.csv";
    const std::string itemsPath = base + "item_analysis.csv";
    ClassReportExport result;
    if (std::string error = writeExportFile(resultsPath, classResultsCsv(rows)); !error.empty()) {
        result.message = error;
        return result;
    }
    if (std::string error = writeExportFile(itemsPath, itemAnalysisCsv(items)); !error.empty()) {
        result.message = error;
        return result;
    }
    result.ok = true;
    result.message = "Wrote " + resultsPath + " and " + itemsPath;
    return result;
}

}  // namespace retain
