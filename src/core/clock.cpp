#include "core/clock.hpp"

#include <chrono>

namespace retain {

UnixMs SystemClock::nowMs() const {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace retain
