#pragma once
// One page of a list the store paginates, with the total it was cut from.
#include <vector>

namespace motcua::app {

template <class T>
struct Page {
  std::vector<T> items;
  long long total = 0;
};

}  // namespace motcua::app
