// One test at a time: every served site builds the whole sample site, and on the two-core CI
// machine parallel builds starve the browser tests of time until their waits run out.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
