// Home: the current profile, the banks found in the banks folder with their due, new and learned counts
// (optionally for one tag), Study and Browse buttons, and the Problems panel with the linter's messages
// (the app starts even when a bank is broken).
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "core/session/bank_progress.hpp"
#include "ui/view.hpp"

namespace retain::ui {

class HomeView final : public View {
public:
    const char* title() const override { return "Home"; }
    void drawContent(UiContext& context) override;

    // For tests: the counts shown per bank (library order), and the tag filter.
    const std::vector<BankProgress>& progress() const { return m_progress; }
    std::string& tag() { return m_tag; }

private:
    void refreshProgress(UiContext& context);
    void drawToolbar(UiContext& context);
    void drawBanks(UiContext& context);
    void drawProblems(const Library& library);
    void startStudy(UiContext& context);

    std::string m_tag;                   // tag filter, "" = all questions
    std::set<std::string> m_excluded;    // bank ids unticked for study
    std::vector<BankProgress> m_progress;
    std::vector<std::string> m_tags;     // every tag of the library, sorted
    const Library* m_builtFor = nullptr;
    std::uint64_t m_builtRevision = 0;
    std::string m_builtTag;
    std::int64_t m_builtMinute = -1;     // learning cards come due as minutes pass
};

}  // namespace retain::ui
