// The class-list panel of the Class report (see class_list_panel.hpp).
#include "ui/class_list_panel.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/text/trim.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

void ClassListPanel::reload(UiContext& context) {
    m_loaded = true;
    m_classes.clear();
    if (!context.study) return;
    try {
        m_classes = classLists(*context.study);
        if (!m_shownClass.empty()) m_names = classListNames(*context.study, m_shownClass);
    } catch (const std::exception& error) {
        m_message = error.what();
    }
}

void ClassListPanel::finishImport(UiContext& context, const ClassListParse& parse) {
    m_problems.clear();
    for (const Problem& problem : parse.problems) m_problems.push_back(problem.format());
    const std::string name = trimmedCopy(m_className);
    if (parse.names.empty()) {
        m_message = "No name to import: class " + name + " was left as it was.";
    } else {
        m_message = "Class " + name + ": " + std::to_string(parse.names.size()) + " names imported" +
                    (parse.problems.empty() ? std::string(".") : ", " + linesSkippedText(parse.problems.size()) + ".");
        m_shownClass = name;
    }
    reload(context);
}

void ClassListPanel::runImport(UiContext& context, const std::function<ClassListParse(const std::string&)>& import) {
    const std::string name = trimmedCopy(m_className);
    if (!context.study || name.empty()) {
        m_message = name.empty() ? "Type the class's name first (e.g. 9B)." : "The data folder is not open.";
        return;
    }
    try {
        finishImport(context, import(name));
    } catch (const std::exception& error) {
        m_message = error.what();
    }
}

void ClassListPanel::importPasted(UiContext& context, UnixMs nowMs) {
    runImport(context, [&](const std::string& name) {
        return importClassList(*context.study, name, m_pasted, ClassListSource::Pasted, "pasted", nowMs);
    });
}

void ClassListPanel::importFile(UiContext& context, UnixMs nowMs) {
    runImport(context, [&](const std::string& name) {
        return importClassListFile(*context.study, name, trimmedCopy(m_filePath), nowMs);
    });
}

void ClassListPanel::draw(UiContext& context, UnixMs nowMs) {
    if (!m_loaded) reload(context);
    if (!ImGui::CollapsingHeader("Class lists")) return;
    noteText("Students pick their name from the class list when they join a live game (the Live tab's Class list, or "
             "retain live --class NAME); "
             "reports match students by name. A CSV needs one column of names; a header is optional.");
    const float em = ImGui::GetFontSize();
    ImGui::SetNextItemWidth(em * 8.0f);
    ImGui::InputTextWithHint("Class", "e.g. 9B", &m_className);
    ImGui::SetNextItemWidth(em * 22.0f);
    ImGui::InputTextWithHint("##file", "/path/to/class.csv", &m_filePath);
    ImGui::SameLine();
    if (ImGui::Button("Import CSV file")) importFile(context, nowMs);
    ImGui::InputTextMultiline("##pasted", &m_pasted, ImVec2(em * 22.0f, em * 5.0f));
    ImGui::SameLine();
    if (ImGui::Button("Import pasted names")) importPasted(context, nowMs);
    if (!m_message.empty()) wrappedText(m_message);
    for (const std::string& problem : m_problems) wrappedTextColored(partialColour(), problem);

    if (m_classes.empty()) {
        ImGui::TextUnformatted("No class lists yet.");
        return;
    }
    for (const ClassListSummary& summary : m_classes) {
        const std::string label = summary.name + " (" + std::to_string(summary.students) + " students)";
        if (ImGui::Selectable(label.c_str(), summary.name == m_shownClass)) {
            m_shownClass = summary.name;
            reload(context);
        }
    }
    if (!m_shownClass.empty() && !m_names.empty()) {
        std::string joined;
        for (const std::string& name : m_names) joined += (joined.empty() ? "" : " \u00B7 ") + name;
        wrappedText(m_shownClass + ": " + joined);
    }
}

}  // namespace retain::ui
