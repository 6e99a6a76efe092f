// The Class report's class-list panel: import a class's names from a CSV file or pasted text (through
// core/classroom/class_list_service.hpp), see every stored class and one class's names. Rules of the
// import in docs/classroom_lists.md.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/classroom/class_list_service.hpp"
#include "ui/ui_context.hpp"

namespace retain::ui {

class ClassListPanel {
public:
    // Draws the panel (a collapsing section) with its import fields, messages and lists.
    void draw(UiContext& context, UnixMs nowMs);

    // For tests: fills the fields, then imports as the buttons do.
    void setClassName(std::string name) { m_className = std::move(name); }
    void setPasted(std::string text) { m_pasted = std::move(text); }
    void setFilePath(std::string path) { m_filePath = std::move(path); }
    void importPasted(UiContext& context, UnixMs nowMs);
    void importFile(UiContext& context, UnixMs nowMs);

    const std::string& message() const { return m_message; }
    const std::vector<std::string>& problems() const { return m_problems; }
    const std::vector<ClassListSummary>& classes() const { return m_classes; }
    const std::vector<std::string>& shownNames() const { return m_names; }

private:
    void reload(UiContext& context);
    void finishImport(UiContext& context, const ClassListParse& parse);
    // Runs import(class name) when a class is named and the data folder is open, then shows its outcome.
    void runImport(UiContext& context, const std::function<ClassListParse(const std::string&)>& import);

    bool m_loaded = false;
    std::string m_className;
    std::string m_filePath;
    std::string m_pasted;
    std::string m_message;                // the last import's outcome
    std::vector<std::string> m_problems;  // its skipped lines, "file:line: warning: ..."
    std::vector<ClassListSummary> m_classes;
    std::string m_shownClass;             // whose names m_names holds
    std::vector<std::string> m_names;
};

}  // namespace retain::ui
