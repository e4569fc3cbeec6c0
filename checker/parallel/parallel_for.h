// parallel_for: runs work(worker, index) for every index on `jobs` threads, handing out indices in order.
#pragma once

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace claimcheck {

// 0 means every core the machine has.
inline int effective_jobs(int jobs) {
  if (jobs > 0) return jobs;
  return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

// Each worker takes the next index until none is left, so a slow item never holds up the
// rest. The first exception a worker throws is rethrown here once every worker has stopped.
template <typename Work>
void parallel_for(int count, int jobs, Work work) {
  int threads = std::min(effective_jobs(jobs), count);
  std::atomic<int> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto run = [&](int worker) {
    try {
      for (int i = next++; i < count; i = next++) work(worker, i);
    } catch (...) {
      std::lock_guard<std::mutex> lock(failure_mutex);
      if (!failure) failure = std::current_exception();
      next = count;
    }
  };
  if (threads <= 1) {
    run(0);
  } else {
    std::vector<std::thread> pool;
    for (int w = 1; w < threads; ++w) pool.emplace_back(run, w);
    run(0);
    for (std::thread& t : pool) t.join();
  }
  if (failure) std::rethrow_exception(failure);
}

// parallel_for over [0, count) cut into slices of `slice` indices: work(slice_index, first, last)
// runs once per slice. For many cheap items, where handing out one index at a time costs more
// than the item.
template <typename Work>
void parallel_for_slices(std::size_t count, std::size_t slice, int jobs, Work work) {
  auto slices = static_cast<int>((count + slice - 1) / slice);
  parallel_for(slices, jobs, [&](int, int s) {
    std::size_t first = static_cast<std::size_t>(s) * slice;
    work(s, first, std::min(count, first + slice));
  });
}

}  // namespace claimcheck
