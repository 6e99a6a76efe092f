// Stored class lists (SQL in classroom_sql.hpp).
#include "core/classroom/class_list_repository.hpp"

#include "core/classroom/classroom_sql.hpp"

namespace retain {

void saveClassList(sql::Database& db, const std::string& className, const std::vector<std::string>& names, UnixMs nowMs) {
    sql::Transaction transaction(db);
    sql::Statement upsert(db, classroom_sql::kUpsertClassList);
    upsert.bind(1, std::string_view(className)).bind(2, static_cast<std::int64_t>(nowMs));
    upsert.run();
    sql::Statement select(db, classroom_sql::kSelectClassListId);
    select.bind(1, std::string_view(className));
    select.step();
    const std::int64_t classId = select.columnInt(0);
    sql::Statement clear(db, classroom_sql::kDeleteClassStudents);
    clear.bind(1, classId);
    clear.run();
    sql::Statement insert(db, classroom_sql::kInsertClassStudent);
    for (std::size_t position = 0; position < names.size(); ++position) {
        insert.reset();
        insert.bind(1, classId).bind(2, static_cast<std::int64_t>(position)).bind(3, std::string_view(names[position]));
        insert.run();
    }
    transaction.commit();
}

std::vector<std::string> loadClassList(sql::Database& db, const std::string& className) {
    sql::Statement select(db, classroom_sql::kSelectClassStudents);
    select.bind(1, std::string_view(className));
    std::vector<std::string> names;
    while (select.step()) names.push_back(select.columnText(0));
    return names;
}

std::vector<ClassListSummary> listClassLists(sql::Database& db) {
    sql::Statement select(db, classroom_sql::kSelectClassLists);
    std::vector<ClassListSummary> classes;
    while (select.step()) {
        classes.push_back({select.columnText(0), static_cast<int>(select.columnInt(2)), select.columnInt(1)});
    }
    return classes;
}

}  // namespace retain
