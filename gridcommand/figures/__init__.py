"""The figures the screens and reports show: metrics over incidents, unit scores and ranking,
the closed-loop statistics, the dashboard, the grid map, the organisation tree with its counts."""
