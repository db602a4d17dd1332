-- A results-cache hit is recorded as a run of its own (history, the `rows` field) without copying
-- the rows: result_run_id names the earlier run of the same data source whose stored rows it
-- shares, and its rows are read through it. The foreign key (NO ACTION: checked at the end of the
-- statement) makes deleting shared rows fail while a run still points at them, rather than leave
-- that run without rows; deleting the data source, which removes both runs, still works.
ALTER TABLE query_runs ADD COLUMN result_run_id uuid REFERENCES query_results(run_id);
CREATE INDEX query_runs_result_run_idx ON query_runs(result_run_id) WHERE result_run_id IS NOT NULL;
