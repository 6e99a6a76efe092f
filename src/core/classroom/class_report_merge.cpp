// Merging several data folders' results (see class_report_merge.hpp).
#include "core/classroom/class_report_merge.hpp"

#include <map>
#include <set>

#include "core/classroom/class_list.hpp"
#include "core/classroom/classroom_sql.hpp"
#include "core/classroom/live_nickname.hpp"
#include "core/classroom/result_rows.hpp"
#include "core/text/trim.hpp"

namespace retain {

std::vector<AttributedResultRow> loadAttributedResults(sql::Database& db, const std::string& bankId) {
    std::vector<AttributedResultRow> rows = selectAttributedRows(db, classroom_sql::kSelectResultsWithAttempt, bankId);
    std::vector<AttributedResultRow> live = selectAttributedRows(db, classroom_sql::kSelectLiveResultsWithAttempt, bankId);
    rows.insert(rows.end(), std::make_move_iterator(live.begin()), std::make_move_iterator(live.end()));
    return rows;
}

MergedClassResults mergeClassResults(const std::vector<std::vector<AttributedResultRow>>& sources,
                                     const std::vector<std::string>& classList) {
    MergedClassResults merged;
    std::set<std::string> kept;                  // attempt keys taken from earlier sources
    std::map<std::string, std::string> spelling; // student nicknameKey -> the name written
    for (const std::vector<AttributedResultRow>& source : sources) {
        std::set<std::string> fromThisSource;
        std::set<std::string> skipped;
        for (const AttributedResultRow& attributed : source) {
            const std::string& attempt = attributed.attempt;
            if (!fromThisSource.count(attempt)) {
                if (kept.count(attempt)) {
                    if (skipped.insert(attempt).second) ++merged.duplicateAttempts;
                    continue;
                }
                fromThisSource.insert(attempt);
                ++merged.attempts;
            }
            ClassResultRow row = attributed.row;
            const std::string student = trimmedCopy(row.student);
            const auto [at, added] = spelling.try_emplace(nicknameKey(student), student);
            if (added) {
                if (const int onList = findClassListName(classList, student); onList >= 0) {
                    at->second = classList[static_cast<std::size_t>(onList)];
                }
            }
            row.student = at->second;
            merged.rows.push_back(std::move(row));
        }
        kept.insert(fromThisSource.begin(), fromThisSource.end());
    }
    return merged;
}

}  // namespace retain
