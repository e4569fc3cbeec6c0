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

}  // namespace claimcheck
