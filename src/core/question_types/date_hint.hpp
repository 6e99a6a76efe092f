// What the answer field of a date question says before anything is typed.
#pragma once

#include <string>

#include "core/question_types/date_type.hpp"

namespace retain {

// Returns the placeholder of a date answer field for the question's precision (also the terminal's
// typed prompt). It names the forms without an example date: any real date could be the answer to
// another question of the bank. Defined in date_type.cpp.
std::string dateFieldHint(const DateAnswer& spec);

}  // namespace retain
