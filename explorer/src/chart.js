// Chart.js with only what a bar chart needs; loaded on demand by the relation view (its own chunk),
// so the other views do not download it.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export { Chart };
