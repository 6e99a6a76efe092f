// Drafting an article file into a bank file (see draft_file.hpp).
#include "core/draft/draft_file.hpp"

#include <filesystem>
#include <fstream>

#include "core/bank/bank_loader.hpp"
#include "core/bank/source_check.hpp"
#include "core/draft/article.hpp"
#include "core/interop/bank_writer.hpp"
#include "core/interop/interop_text.hpp"

namespace retain::draft {

namespace fs = std::filesystem;

bool writeFileAtomically(const std::string& path, const std::string& text, std::string& message) {
    const fs::path target(path);
    std::error_code code;
    if (target.has_parent_path()) fs::create_directories(target.parent_path(), code);
    const fs::path temporary = target.string() + ".part";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << text;
        out.close();
        if (!out) {
            message = "cannot write " + temporary.string();
            fs::remove(temporary, code);
            return false;
        }
    }
    fs::rename(temporary, target, code);
    if (code) {
        message = "cannot replace " + path + ": " + code.message();
        fs::remove(temporary, code);
        return false;
    }
    return true;
}

std::string draftHeaderComment(const std::string& articleFileName) {
    return "Drafted by `retain draft` from " + articleFileName +
           ".\nEvery question is marked draft: review it, then remove the mark.";
}

DraftFileResult draftArticleFile(const std::string& articlePath, const std::string& bankPath, DraftOptions options,
                                 bool overwrite) {
    DraftFileResult result;
    std::error_code code;
    if (!fs::is_regular_file(articlePath, code)) {
        result.misuse = true;
        result.message = "no such file: " + articlePath;
        return result;
    }
    if (fs::exists(bankPath, code) && !overwrite) {
        result.misuse = true;
        result.message = bankPath + " already exists; choose another bank file";
        return result;
    }
    // Read at most one byte more than an article may hold, so a huge file is refused without reading it all.
    std::ifstream in(articlePath, std::ios::binary);
    std::string text(kMaxArticleBytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) {
        result.message = articlePath + ": cannot read the file";
        return result;
    }
    const std::string articleName = fs::path(articlePath).filename().string();
    if (options.sourceDoc.empty()) options.sourceDoc = slugify(fs::path(articlePath).stem().string(), 60);
    result.report = draftBank(text, options);
    if (!result.report.ok) {
        result.message = articlePath + ": " + result.report.message;
        return result;
    }
    const std::string yaml = writeBankYaml(result.report.bank, draftHeaderComment(articleName));
    // The bank must load, and every evidence stand in its paragraph, before anything is written.
    const BankLoadResult check = loadBankFromString(yaml, bankPath);
    result.problems = check.problems;
    if (check.ok) {
        const ProblemList evidence = checkEvidence(check.bank, SourceText{articleName, splitParagraphs(text)});
        result.problems.insert(result.problems.end(), evidence.begin(), evidence.end());
    }
    bool errors = !check.ok;
    for (const Problem& problem : result.problems) errors = errors || problem.severity == Severity::Error;
    if (errors) {
        result.message = "the drafted bank does not check; nothing written";
        return result;
    }
    if (!writeFileAtomically(bankPath, yaml, result.message)) return result;
    result.ok = true;
    return result;
}

}  // namespace retain::draft
